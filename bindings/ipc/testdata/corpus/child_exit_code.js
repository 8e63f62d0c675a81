'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
child.on('message', (m) => console.log('message', m));
child.send('before');
child.send({ exit: 3 });
child.on('disconnect', () => console.log('disconnect', child.connected));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.exitCode);
});
