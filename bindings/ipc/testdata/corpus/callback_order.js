'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
const order = [];
child.send('a', () => order.push('cb a'));
child.send('b', undefined, () => order.push('cb b'));
child.send('c', null, {}, () => order.push('cb c'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
setImmediate(() => order.push('immediate'));
let got = 0;
child.on('message', (m) => {
  order.push('msg ' + m);
  if (++got === 3) {
    child.disconnect();
    console.log(order.join('\n'));
  }
});
