'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
console.log('small', child.send('x'));
console.log('large', child.send('y'.repeat(4 << 20)));
let n = 0;
child.on('message', () => { if (++n === 2) { console.log('both echoed'); child.disconnect(); } });
