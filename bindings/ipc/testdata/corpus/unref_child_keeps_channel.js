'use strict';
// child.unref() does not let the parent exit while the IPC channel is open.
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
child.unref();
child.on('message', (m) => { console.log('message', m); setTimeout(() => child.disconnect(), 50); });
child.send('still here');
process.on('exit', () => console.log('parent exit'));
