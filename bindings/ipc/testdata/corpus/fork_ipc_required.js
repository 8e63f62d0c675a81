'use strict';
const { fork, spawn } = require('child_process');
const path = require('path');
for (const stdio of [['pipe', 'pipe', 'pipe'], 'inherit', ['ipc', 'ipc', 'inherit']]) {
  try {
    const c = (Array.isArray(stdio) && stdio.filter((s) => s === 'ipc').length > 1)
      ? spawn(process.execPath, [path.join(__dirname, '_echo.js')], { stdio })
      : fork(path.join(__dirname, '_echo.js'), { stdio });
    console.log('started', typeof c.send);
    c.kill();
  } catch (e) {
    console.log(JSON.stringify(stdio), e.name, e.code, e.message);
  }
}
