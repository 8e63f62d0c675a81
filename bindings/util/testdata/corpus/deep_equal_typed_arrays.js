'use strict';
// Deep equality of typed arrays, DataViews and ArrayBuffers compares their
// bytes and their own non-index properties (strict: symbols too), also
// for large ones.
const util = require('util');
const assert = require('assert');

const big = 4 * 1024 * 1024;
const a = new Uint8Array(big).fill(7);
const b = new Uint8Array(big).fill(7);
console.log('large equal', util.isDeepStrictEqual(a, b));
b[big - 1] = 8;
console.log('large last byte differs', util.isDeepStrictEqual(a, b));
b[big - 1] = 7;
a.extra = 1;
console.log('extra key on one', util.isDeepStrictEqual(a, b));
b.extra = 1;
console.log('extra key on both', util.isDeepStrictEqual(a, b));
b.extra = 2;
console.log('extra key differs', util.isDeepStrictEqual(a, b));
Object.defineProperty(b, 'extra', { value: 1, enumerable: false });
console.log('extra key hidden on one', util.isDeepStrictEqual(a, b));

const s = Symbol('s');
const c = new Int16Array([1, 2, 3]);
const d = new Int16Array([1, 2, 3]);
c[s] = 1;
console.log('symbol strict', util.isDeepStrictEqual(c, d));
try {
  assert.deepEqual(c, d);
  console.log('symbol loose equal');
} catch (e) {
  console.log('symbol loose', e.code);
}
console.log('different types', util.isDeepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
console.log('views of one buffer', util.isDeepStrictEqual(new Uint8Array([1, 2, 3, 4]).subarray(1, 3), new Uint8Array([2, 3])));
console.log('float NaN strict', util.isDeepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN])));
console.log('float -0 strict', util.isDeepStrictEqual(new Float64Array([-0]), new Float64Array([0])));
console.log('dataview', util.isDeepStrictEqual(new DataView(new ArrayBuffer(4)), new DataView(new ArrayBuffer(4))));
const buf1 = new ArrayBuffer(8);
const buf2 = new ArrayBuffer(8);
new Uint8Array(buf2)[3] = 1;
console.log('arraybuffer', util.isDeepStrictEqual(buf1, buf2), util.isDeepStrictEqual(buf1, new ArrayBuffer(8)));
console.log('buffer vs uint8array', util.isDeepStrictEqual(Buffer.from([1]), new Uint8Array([1])));
