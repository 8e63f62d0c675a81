'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'), { timeout: 100 });
child.on('exit', (code, signal) => console.log('timeout exit', code, signal, child.killed));
const child2 = fork(path.join(__dirname, '_echo.js'), { timeout: 400, killSignal: 'SIGKILL' });
child2.on('exit', (code, signal) => console.log('killSignal exit', code, signal));
