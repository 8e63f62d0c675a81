'use strict';
const { spawn } = require('child_process');
const path = require('path');
const child = spawn(process.execPath, [path.join(__dirname, '_echo.js')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
console.log('connected', child.connected, typeof child.send);
child.on('message', (m) => { console.log('message', JSON.stringify(m)); child.disconnect(); });
child.send({ via: 'spawn' });
child.on('exit', (code, signal) => console.log('exit', code, signal));
