'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
const N = 10000;
let next = 0;
let falses = 0;
child.on('message', (m) => {
  if (m.i !== next) { console.log('out of order', m.i, next); process.exit(1); }
  next++;
  if (next === N) {
    console.log('all', N, 'in order; sum', m.sum);
    child.disconnect();
  }
});
let sum = 0;
for (let i = 0; i < N; i++) { sum += i; if (!child.send({ i, sum })) falses++; }
console.log('sent', N);
child.on('exit', (code) => console.log('exit', code));
