'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_disconnects.js'));
const lines = [];
child.on('message', (m) => lines.push('message ' + m));
child.on('disconnect', () => lines.push('parent: disconnect'));
child.on('exit', (code) => {
  lines.push('parent: exit ' + code);
  console.log(lines.join('\n'));
});
