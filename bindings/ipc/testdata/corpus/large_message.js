'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
const big = 'ab\u00e9'.repeat(1 << 20);
const arr = Array.from({ length: 50000 }, (_, i) => ({ i, s: 'x' + i }));
const ret = child.send({ big, arr }, (err) => console.log('write callback', err));
console.log('send returned', ret);
child.on('message', (m) => {
  console.log('big length', m.big.length, m.big === big);
  console.log('arr', m.arr.length, m.arr[49999].s);
  child.disconnect();
});
child.on('exit', (code) => console.log('exit', code));
