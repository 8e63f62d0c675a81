const v8 = require('v8');
class MySerializer extends v8.DefaultSerializer {
  _getDataCloneError(message) { const e = new RangeError('custom: ' + message); e.custom = true; return e; }
}
const s = new MySerializer();
s.writeHeader();
console.log(s.writeValue({ ok: [1, 2] }), s.writeValue('second'));
try { s.writeValue({ f() {} }); } catch (e) { console.log(e.name, e.message, e.custom); }
const bytes = s.releaseBuffer();
console.log(bytes.toString('hex'));
const d = new v8.DefaultDeserializer(bytes);
d.readHeader();
console.log(d.readValue(), d.readValue());
class Tagged extends v8.Serializer {
  constructor() { super(); this._setTreatArrayBufferViewsAsHostObjects(true); }
  _writeHostObject(view) { this.writeUint32(view.length); this.writeDouble(view[0]); }
}
const t = new Tagged();
t.writeHeader();
t.writeValue([new Float32Array([2.5]), new Float32Array([4])]);
const tb = t.releaseBuffer();
console.log(tb.toString('hex'));
class TaggedReader extends v8.Deserializer {
  _readHostObject() { return { len: this.readUint32(), first: this.readDouble() }; }
}
const r = new TaggedReader(tb);
r.readHeader();
console.log(r.readValue());
const plain = new v8.Serializer();
plain.writeValue(new Float32Array([1]));
const pb = plain.releaseBuffer();
console.log('plain view', pb.toString('hex'));
const pd = new v8.Deserializer(pb);
console.log(pd.readValue());
