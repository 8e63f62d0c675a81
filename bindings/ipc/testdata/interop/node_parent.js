'use strict';
// Run by node: forks echo_child.js under the runtime given as argv[2]
// (jsproc, or node itself) and exercises the channel both ways.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'echo_child.js'), ['arg1'], { execPath: process.argv[2] });
const big = 'x'.repeat(3 * 1024 * 1024);
let small = 0;
const SMALL = 5000;
child.on('message', (m) => {
  switch (m.kind) {
    case 'ready':
      console.log('ready', m.argv, m.hasFd, m.connected, m.channelType);
      child.send({ kind: 'echo', value: { a: [1, 'two', null, true], u: undefined, d: new Date(0), s: 'h\u00e9llo \u2603 \ud83d\ude00\nline' } });
      break;
    case 'echo':
      console.log('echo', JSON.stringify(m.value));
      child.send({ kind: 'big', value: big });
      break;
    case 'big':
      console.log('big back', m.length, m.ok);
      for (let i = 0; i < SMALL; i++) child.send({ kind: 'small', i });
      break;
    case 'small':
      if (m.i !== small) { console.log('out of order', m.i, small); process.exit(1); }
      if (++small === SMALL) {
        console.log('small all back', small);
        child.send({ kind: 'internal-test' });
        child.send({ cmd: 'NODE_JSPROC_TEST', x: 1 });
        child.send({ cmd: 'NODEX', x: 2 });
        child.send({ kind: 'done' });
      }
      break;
    case 'report':
      console.log('child saw', JSON.stringify(m.seen));
      child.disconnect();
      break;
  }
});
child.on('disconnect', () => console.log('parent: disconnect'));
child.on('exit', (code, signal) => console.log('parent: exit', code, signal));
