const v8 = require('v8');
const bytes = v8.serialize({ f: new Float64Array([1.5, -2.25]), i: new Int32Array([7, -8]), d: new DataView(new Uint8Array([1, 2, 3]).buffer) });
for (const pad of [0, 1, 3, 8]) {
  const big = Buffer.alloc(bytes.length + pad);
  bytes.copy(big, pad);
  const view = big.subarray(pad);
  const v = v8.deserialize(view);
  console.log(pad, Array.from(v.f), Array.from(v.i), v.d.byteLength, v.d.getUint8(2), v.f.byteOffset % 8, v.i.byteOffset % 4);
}
const u = v8.deserialize(v8.serialize(new Uint8Array([9, 8, 7])));
console.log(u.constructor.name, Array.from(u), u.buffer.byteLength >= 3);
const b = v8.deserialize(v8.serialize(Buffer.from('héllo')));
console.log(Buffer.isBuffer(b), b.toString(), b.length);
const d = new v8.DefaultDeserializer(v8.serialize(Buffer.from('raw')));
d.readHeader();
console.log(d.readValue().toString(), d.buffer.length);
