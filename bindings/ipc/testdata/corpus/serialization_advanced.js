'use strict';
// fork with serialization 'advanced': each value kind goes to the child
// and back (the child echoes it), and the child's own process.send
// carries the same kinds.
const { fork } = require('child_process');
const path = require('path');
const util = require('util');

function show(v) {
  if (ArrayBuffer.isView(v)) {
    const name = Buffer.isBuffer(v) ? 'Buffer' : Object.prototype.toString.call(v).slice(8, -1);
    return name + ' ' + JSON.stringify(Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
  }
  return util.inspect(v, { depth: 6 });
}

const ring = { tag: 'ring', list: [] };
ring.list.push(ring, { back: ring });
const values = [
  { n: 1.25, s: 'héllo', b: false, nil: null, u: undefined, nan: NaN, neg0: -0 },
  { big: 2n ** 70n, small: -1n },
  new Map([['a', 1], [2, new Map([[true, [null]]])]]),
  new Set([1, 'two', 3n, { four: 4 }]),
  { when: new Date(Date.UTC(2020, 1, 29, 12, 0, 0, 5)) },
  { re: /^x\d+$/imu, re2: new RegExp('a.b', 'gs') },
  { buf: Buffer.from([0, 1, 254, 255]), empty: Buffer.alloc(0) },
  { f32: new Float32Array([0.5, -1]), i32: new Int32Array([-2147483648]), u16: new Uint16Array([1, 256]) },
  { big64: new BigInt64Array([-1n]) },
  new DataView(new Uint8Array([5, 6, 7]).buffer, 1),
  { sub: Buffer.from('abcdef').subarray(2, 4) },
  ring,
  [1, [2, [3, [4, [5]]]]],
  'a string', 7, true,
];

const child = fork(path.join(__dirname, '_echo.js'), { serialization: 'advanced' });
let i = 0;
child.on('message', (m) => {
  console.log(i, show(m));
  if (i === 11) console.log('ring kept', m.list[0] === m, m.list[1].back === m);
  if (++i === values.length) child.send({ disconnect: true });
});
for (const v of values) child.send(v);
child.on('exit', (code) => console.log('exit', code));
