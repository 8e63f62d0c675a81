// SharedArrayBuffer as node 20 has it: the class, its prototype, views
// over it, and how it prints.
const util = require('util');

const sab = new SharedArrayBuffer(12);
console.log(sab);
console.log(sab.byteLength, sab.growable, sab.maxByteLength);
console.log(sab instanceof SharedArrayBuffer, sab instanceof ArrayBuffer, ArrayBuffer.isView(sab));
console.log(Object.prototype.toString.call(sab), String(sab));
console.log(Object.getPrototypeOf(sab) === SharedArrayBuffer.prototype);
console.log(Object.getPrototypeOf(SharedArrayBuffer.prototype) === Object.prototype);
console.log(Object.getOwnPropertyNames(SharedArrayBuffer.prototype));
console.log(Object.getOwnPropertyNames(SharedArrayBuffer).sort());
console.log(Reflect.ownKeys(sab));
console.log(SharedArrayBuffer.name, SharedArrayBuffer.length, SharedArrayBuffer.prototype.slice.length,
  SharedArrayBuffer.prototype.grow.length);
console.log(Object.getOwnPropertyDescriptor(SharedArrayBuffer, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, Symbol.toStringTag));
const bl = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength');
console.log(typeof bl.get, bl.get.name, bl.set, bl.enumerable, bl.configurable);
console.log(SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
console.log(Object.getOwnPropertyDescriptor(SharedArrayBuffer, Symbol.species).get.name);

// Views over it share its bytes.
const i32 = new Int32Array(sab);
const u8 = new Uint8Array(sab, 4, 4);
const dv = new DataView(sab);
i32[1] = 0x01020304;
console.log(i32, u8, i32.buffer === sab, u8.buffer === sab, dv.getUint8(4));
dv.setInt16(8, -2, true);
console.log(new Int16Array(sab), new BigInt64Array(new SharedArrayBuffer(16)));
const buf = Buffer.from(sab, 4, 4);
buf[0] = 0xff;
console.log(buf, u8[0], buf.buffer === sab);
console.log(Buffer.from(sab).length);

// slice copies into a new SharedArrayBuffer.
const part = sab.slice(4, -4);
console.log(part, part instanceof SharedArrayBuffer, part.byteLength);
new Uint8Array(part)[0] = 7;
console.log(u8[0]);
console.log(sab.slice(-2).byteLength, sab.slice(100).byteLength, sab.slice(3, 1).byteLength, sab.slice(NaN, Infinity).byteLength);

// Subclasses and new.target.
class Pool extends SharedArrayBuffer {
  get size() { return this.byteLength; }
}
const p = new Pool(6);
console.log(p, p.size, p instanceof Pool, p instanceof SharedArrayBuffer);
console.log(p.slice(2) instanceof Pool, p.slice(2).size);

// Length conversions.
console.log(new SharedArrayBuffer().byteLength, new SharedArrayBuffer('5').byteLength,
  new SharedArrayBuffer(2.9).byteLength, new SharedArrayBuffer(null).byteLength,
  new SharedArrayBuffer({ valueOf: () => 3 }).byteLength);

// Growable buffers report their maximum.
const g = new SharedArrayBuffer(4, { maxByteLength: 16 });
console.log(g, g.growable, g.maxByteLength, g.byteLength);
g.grow(4);
console.log(g.byteLength);
console.log(new SharedArrayBuffer(4, {}).growable, new SharedArrayBuffer(4, { maxByteLength: undefined }).growable);

console.log(util.inspect(new SharedArrayBuffer(60)));
console.log(util.inspect({ a: [new SharedArrayBuffer(2)] }, { depth: 0 }));
console.log(util.format('%o', new SharedArrayBuffer(1)));
console.log(Atomics, Object.prototype.toString.call(Atomics));
console.log(Object.getOwnPropertyNames(Atomics));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Atomics').enumerable,
  Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer').enumerable);
console.log(Object.keys(globalThis).includes('SharedArrayBuffer'));
console.log(typeof SharedArrayBuffer, typeof Atomics);
