'use strict';
// child.unref() plus child.channel.unref(): the parent may exit at once.
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
child.unref();
child.channel.unref();
child.on('message', (m) => console.log('never', m));
console.log('channel', typeof child.channel.ref, typeof child.channel.fd);
process.on('exit', () => { console.log('parent exit'); child.kill(); });
