const v8 = require('v8');
class D extends v8.Deserializer { _readHostObject() { throw new RangeError('boom'); } }
class D2 extends v8.Deserializer { _readHostObject() { return 5; } }
class D3 extends v8.Deserializer { _readHostObject() { return { n: this.readUint32() }; } }
for (const C of [D, D2, D3, v8.Deserializer]) {
  try { const d = new C(Buffer.from('ff0f5c07', 'hex')); d.readHeader(); console.log(C.name, d.readValue()); } catch (e) { console.log(C.name, e.name, e.code, e.message); }
}
class S extends v8.Serializer { _writeHostObject() { throw new RangeError('w'); } }
try { const s = new S(); s._setTreatArrayBufferViewsAsHostObjects(true); s.writeValue(new Uint8Array(1)); } catch (e) { console.log('S', e.name, e.message); }
class S2 extends v8.Serializer { _getDataCloneError(m) { return new TypeError('X:' + m); } }
try { new S2().writeValue(Symbol()); } catch (e) { console.log('S2', e.name, e.message); }
try { const s = new v8.Serializer(); s._setTreatArrayBufferViewsAsHostObjects(true); s.writeValue(new Uint8Array(2)); } catch (e) { console.log('no writer', e.name, e.message); }
class S4 extends v8.DefaultSerializer {
  _writeHostObject(o) { this.writeUint32(99); this.writeRawBytes(Buffer.from([o.length])); }
}
const s4 = new S4(); s4.writeHeader(); s4.writeValue({ a: new Uint16Array(3) });
const bytes = s4.releaseBuffer();
console.log('custom host', bytes.toString('hex'));
class D4 extends v8.DefaultDeserializer {
  _readHostObject() { const tag = this.readUint32(); return { tag, len: this.readRawBytes(1)[0] }; }
}
const d4 = new D4(bytes); d4.readHeader();
console.log('custom read', d4.readValue());
