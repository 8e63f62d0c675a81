'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_does_not_exist.js'), { stdio: ['inherit', 'inherit', 'ignore', 'ipc'] });
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
