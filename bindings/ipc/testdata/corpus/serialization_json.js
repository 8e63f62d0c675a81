'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'), { serialization: 'json' });
child.on('message', (m) => { console.log('message', JSON.stringify(m)); child.disconnect(); });
child.send({ mode: 'json', d: new Date(0) });
try {
  fork(path.join(__dirname, '_echo.js'), { serialization: 'bogus' });
} catch (e) {
  console.log('bogus', e.code, e.message);
}
