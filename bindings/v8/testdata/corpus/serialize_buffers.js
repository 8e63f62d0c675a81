const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

show('arraybuffer', new ArrayBuffer(3));
show('arraybuffer data', new Uint8Array([1, 2, 255]).buffer);
show('buffer', Buffer.from('hi'));
show('buffer slice', Buffer.from('hello').subarray(1, 3));
show('u8', new Uint8Array([1, 2]));
show('u8 subarray', new Uint8Array([1, 2, 3]).subarray(1));
for (const C of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  show(C.name, new C(2));
}
show('dataview', new DataView(new ArrayBuffer(4), 1, 2));
show('typed array props ignored', Object.assign(new Uint16Array(2), { x: 1 }));
show('same view twice', (() => { const u = new Uint8Array(1); return [u, u]; })());
show('two views', [new Uint8Array(1), new Uint8Array(1)]);
show('buffer and its arraybuffer', (() => { const ab = new ArrayBuffer(2); return [ab, new Uint8Array(ab)]; })());
