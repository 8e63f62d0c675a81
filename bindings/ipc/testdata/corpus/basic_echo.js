'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
console.log('connected', child.connected, typeof child.send, typeof child.channel);
let n = 0;
child.on('message', (m) => {
  console.log('got', JSON.stringify(m));
  if (++n === 3) child.disconnect();
});
child.on('disconnect', () => console.log('disconnect', child.connected));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
console.log(child.send('one'), child.send({ two: 2 }), child.send([3]));
