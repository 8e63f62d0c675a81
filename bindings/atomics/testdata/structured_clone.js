// structuredClone shares a SharedArrayBuffer's memory; v8.serialize
// refuses one unless a Serializer gives it an id.
const v8 = require('v8');
const sab = new SharedArrayBuffer(4);
const copy = structuredClone(sab);
console.log(copy, copy === sab, copy instanceof SharedArrayBuffer);
new Uint8Array(copy)[0] = 7;
console.log(new Uint8Array(sab)[0]);
const nested = structuredClone({ a: sab, b: sab, v: new Int16Array(sab, 2, 1) });
console.log(nested.a === nested.b, nested.v.buffer === nested.a, nested.a === sab);
new Int16Array(sab)[1] = 300;
console.log(nested.v[0]);
try {
  v8.serialize(sab);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  v8.serialize({ x: [sab] });
} catch (e) {
  console.log(e.name, e.message);
}
// A view over shared memory is written by value (as a host object).
console.log(v8.serialize(new Int32Array(sab)));
console.log(v8.deserialize(v8.serialize(new Uint8Array(sab, 1, 2))));

const ser = new v8.Serializer();
try {
  ser.writeValue(sab);
} catch (e) {
  console.log('Serializer', e.name, e.message);
}
class IdSerializer extends v8.Serializer {
  _getSharedArrayBufferId(b) {
    console.log('asked for', b === sab);
    return 5;
  }
}
const s = new IdSerializer();
s.writeHeader();
s.writeValue(sab);
s.writeValue([sab]);
console.log(s.releaseBuffer());
const s2 = new v8.Serializer();
s2.writeHeader();
s2._getSharedArrayBufferId = () => 2 ** 32 + 3;
s2.writeValue(sab);
console.log(s2.releaseBuffer());
const s3 = new v8.Serializer();
s3._getSharedArrayBufferId = () => { throw new RangeError('no id'); };
try {
  s3.writeValue(sab);
} catch (e) {
  console.log(e.name, e.message);
}
const s4 = new v8.Serializer();
s4._getSharedArrayBufferId = 5;
try {
  s4.writeValue(sab);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  s4.transferArrayBuffer(1, sab);
} catch (e) {
  console.log(e.code, e.message);
}
// Reading a shared buffer's id back fails, as in node.
const d = new v8.Deserializer(Buffer.from([0xff, 0x0f, 0x75, 0x05]));
d.readHeader();
try {
  d.readValue();
} catch (e) {
  console.log(e.name, e.message);
}
// A transferred id can stand for a SharedArrayBuffer.
const ab = new ArrayBuffer(4);
const t = new v8.Serializer();
t.writeHeader();
t.transferArrayBuffer(5, ab);
t.writeValue(ab);
const d2 = new v8.Deserializer(t.releaseBuffer());
d2.readHeader();
d2.transferArrayBuffer(5, sab);
console.log(d2.readValue() === sab);
