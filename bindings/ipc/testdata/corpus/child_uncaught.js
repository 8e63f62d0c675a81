'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_throws.js'), { stdio: ['inherit', 'inherit', 'pipe', 'ipc'] });
let err = '';
child.stderr.on('data', (d) => { err += d; });
child.send('boom');
child.on('exit', (code) => console.log('exit', code));
child.on('close', () => console.log('stderr mentions error:', err.includes('child failed on boom')));
