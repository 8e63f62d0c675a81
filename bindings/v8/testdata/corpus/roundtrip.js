const v8 = require('v8');
const util = require('util');
const values = [
  1, -0, NaN, 'ሴé', 10n ** 30n, [1, , 'x'], { a: [new Map([[1, new Set([2])]])] }, new Date(1e12), /x/y,
  Buffer.from('buf'), new Float32Array([1.5, -2]), new DataView(new ArrayBuffer(3)), new Uint8Array([1, 2, 3]).subarray(1),
  Object.assign([1, 2], { p: 'q' }), new String('boxed'), Object(3n), new ArrayBuffer(2),
];
for (const v of values) {
  const back = v8.deserialize(v8.serialize(v));
  console.log(util.inspect(back), util.isDeepStrictEqual(back, v), Object.prototype.toString.call(back));
}
const o = { name: 'cyc' }; o.me = o; o.list = [o, o];
const back = v8.deserialize(v8.serialize(o));
console.log(back.me === back, back.list[0] === back, back.list[1] === back);
const e = v8.deserialize(v8.serialize(new RangeError('r', { cause: 'c' })));
console.log(e instanceof RangeError, e.name, e.message, e.cause, Object.getOwnPropertyDescriptor(e, 'message').enumerable);
const b = v8.deserialize(v8.serialize(Buffer.from('xyz')));
console.log(Buffer.isBuffer(b), b.toString());
