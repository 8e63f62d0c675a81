'use strict';
const { fork } = require('child_process');
const path = require('path');
const ac = new AbortController();
const child = fork(path.join(__dirname, '_echo.js'), { signal: ac.signal });
child.on('error', (e) => console.log('error', e.name, e.code));
child.on('message', (m) => { console.log('message', m); ac.abort(); });
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.send('abort me');
