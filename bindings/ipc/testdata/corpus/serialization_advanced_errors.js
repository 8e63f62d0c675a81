'use strict';
// serialization 'advanced': what V8 cannot clone throws from send (an
// Error saying what), the argument checks stay node's, and errors travel
// as V8 clones them (name, message, stack, cause; not other properties).
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, '_echo.js'), { serialization: 'advanced' });
const attempts = {
  function: { f: function named() {} },
  arrow: [() => 1],
  symbol: { s: Symbol('desc') },
  weakmap: { w: new WeakMap() },
  promise: Promise.resolve(1),
  topSymbol: Symbol('top'),
  topBigInt: 5n,
  undefined: undefined,
};
for (const [name, value] of Object.entries(attempts)) {
  try {
    console.log(name, 'sent', child.send(value));
  } catch (e) {
    console.log(name, 'threw', e.constructor.name, e.code, e.message);
  }
}

const e1 = new SyntaxError('bad syntax');
e1.code = 'E_CODE';
e1.extra = { x: 1 };
const e2 = new Error('outer', { cause: new TypeError('inner') });
class MyError extends Error {}
const e3 = new MyError('mine');
const e4 = new RangeError('');
const errs = [e1, e2, e3, e4];
let n = 0;
child.on('message', (m) => {
  const e = m.err;
  console.log('error', e instanceof Error, e.constructor.name, JSON.stringify(e.name), JSON.stringify(e.message),
    'code' in e, 'extra' in e, typeof e.stack, e.cause && e.cause.constructor.name, e.cause && e.cause.message);
  if (++n === errs.length) child.send({ disconnect: true });
});
for (const err of errs) child.send({ err });
child.on('exit', (code) => console.log('exit', code));
