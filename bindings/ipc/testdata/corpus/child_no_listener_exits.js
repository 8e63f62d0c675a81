'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_no_listener.js'));
child.on('message', (m) => console.log('message', JSON.stringify(m)));
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
