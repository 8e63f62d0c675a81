'use strict';
// The 'ipc' entry may sit at any index; the child learns it from NODE_CHANNEL_FD.
const { spawn } = require('child_process');
const path = require('path');
const child = spawn(process.execPath, [path.join(__dirname, '_echo.js')], { stdio: ['ipc', 'inherit', 'inherit'] });
child.on('message', (m) => { console.log('message', m); child.disconnect(); });
child.send('ipc at fd 0');
child.on('exit', (code) => console.log('exit', code));
