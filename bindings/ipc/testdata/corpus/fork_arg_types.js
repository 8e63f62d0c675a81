'use strict';
// fork() checks its arguments as node's does: args must be an array (an
// object in its place is the options) and options a plain object, not an
// array or a primitive.
const { fork } = require('child_process');
const path = require('path');
const script = path.join(__dirname, '_report.js');

const calls = [
  ['string args', () => fork(script, 'string')],
  ['array options', () => fork(script, ['x'], ['y'])],
  ['string options', () => fork(script, ['x'], 'opts')],
  ['number options', () => fork(script, [], 1)],
  ['number args', () => fork(script, 5)],
  ['boolean args', () => fork(script, true)],
];
for (const [label, call] of calls) {
  try {
    const child = call();
    console.log(label, 'forked');
    child.kill();
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}
