'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_send_then_exit.js'));
child.on('message', (m) => console.log('message', JSON.stringify(m)));
child.on('exit', (code) => console.log('exit', code));
