'use strict';
// Run by node or jsproc: forks adv_child.js under the runtime given as
// argv[2] with serialization 'advanced', and sends it values of each kind
// V8's structured clone carries, in both directions.
const { fork } = require('child_process');
const path = require('path');
const describe = require('./adv_describe.js');

const child = fork(path.join(__dirname, 'adv_child.js'), { serialization: 'advanced', execPath: process.argv[2] });

const circular = { name: 'loop' };
circular.self = circular;
const shared = { s: 1 };
const err = new RangeError('out of range', { cause: 'because' });
err.code = 'E_RANGE';
const values = [
  1, -0, NaN, 2 ** 40, 'text ünï 😀', true, null,
  12345678901234567890123n, -5n,
  new Date(86400000), /a[b-c]+/gimsuy,
  new Map([[1, 'one'], [{ k: 1 }, new Set([2, 3])]]),
  new Set(['a', 1n, null]),
  Buffer.from('buffer bytes'), new Uint8Array([1, 2, 255]), new Int8Array([-1, 2]),
  new Uint8ClampedArray([300 & 255]), new Int16Array([-2, 300]), new Uint16Array([65535]),
  new Int32Array([-7]), new Uint32Array([4294967295]), new Float32Array([1.5]),
  new Float64Array([Math.PI, -Infinity]), new BigInt64Array([-3n]), new BigUint64Array([2n ** 63n]),
  new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2), new Uint8Array([0, 1, 2, 3, 4, 5]).subarray(2, 4),
  [1, [2, [3, [4]]], , 5], { a: { b: { c: [shared, shared] } } }, circular,
  err, new TypeError('plain'), Object.assign(new Error('with props'), { extra: 1 }),
  new (class Point { constructor() { this.x = 1; } })(),
  { big: Buffer.alloc(300000, 7) },
  new String('boxed'), Object(3n),
];

let i = 0;
function next() {
  if (i === values.length) return many();
  child.send({ describe: true, value: values[i] });
}
child.on('message', (m) => {
  if (m.ready) {
    console.log('ready', describe(m.ready));
    return next();
  }
  if (m.seen !== undefined) {
    console.log(i, 'child saw', m.seen);
    // A BigInt is no message of its own (send refuses it): it goes inside one.
    child.send(typeof values[i] === 'bigint' ? { bigint: values[i] } : values[i]);
    return;
  }
  if (m.echo && m.echo.n !== undefined) return;
  console.log(i, 'echoed', describe(m.echo));
  i++;
  next();
});

// Many small messages at once: several frames in one read.
function many() {
  let got = 0;
  child.on('message', (m) => {
    if (!m.echo || m.echo.n === undefined) return;
    if (m.echo.n !== got || m.echo.m.get(got)[0] !== got) console.log('out of order', m.echo.n, got);
    if (++got === 2000) {
      console.log('many back', got);
      child.send('bye');
    }
  });
  for (let n = 0; n < 2000; n++) child.send({ n, m: new Map([[n, [n]]]) });
}

for (const bad of [{ f() {} }, { s: Symbol('s') }, [new WeakMap()], { p: Promise.resolve() }]) {
  try {
    child.send(bad);
    console.log('sent?');
  } catch (e) {
    console.log('send threw', e.constructor.name, e.code, e.message);
  }
}
child.on('exit', (code, signal) => console.log('child exit', code, signal));
