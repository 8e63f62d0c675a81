// StringDecoder is a plain constructor function: it may be called on an
// object of the caller's, and its prototype methods refuse a receiver that
// is not a decoder.
const { StringDecoder } = require('string_decoder');
const obj = {};
StringDecoder.call(obj, 'hex');
console.log(obj.encoding, Object.keys(obj), typeof StringDecoder, StringDecoder.length, StringDecoder.name);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype));
for (const k of ['lastChar', 'lastNeed', 'lastTotal']) {
  const d = Object.getOwnPropertyDescriptor(StringDecoder.prototype, k);
  console.log(k, d.enumerable, d.configurable, typeof d.get, d.set);
}
try { StringDecoder.prototype.write(Buffer.from('a')); } catch (e) { console.log(e.name, e.code, e.message); }
try { StringDecoder.prototype.end(Buffer.from('a')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(StringDecoder.prototype.write('strings pass through'));
class Sub extends StringDecoder {}
const s = new Sub('utf8');
console.log(s instanceof StringDecoder, s.write(Buffer.from('ok')), s.encoding);
