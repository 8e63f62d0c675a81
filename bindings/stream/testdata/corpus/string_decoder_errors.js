// string_decoder's argument errors: unknown encodings and chunks that are
// not bytes, with node's codes and messages.
const { StringDecoder } = require('string_decoder');
for (const enc of ['utf-8', 'UCS2', 'Binary', 'base64url', null, undefined, '']) {
  console.log(JSON.stringify(enc), new StringDecoder(enc).encoding);
}
for (const enc of ['nope', 'utf-9', 42, {}]) {
  try { new StringDecoder(enc); } catch (e) { console.log(e.name, e.code, e.message); }
}
const d = new StringDecoder('utf8');
for (const bad of [null, 5, {}, [1, 2], true]) {
  try { d.write(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const view of [new Uint8Array([0xc3, 0xa9]), new DataView(new Uint8Array([0x68, 0x69]).buffer), new Uint16Array([0x6968])]) {
  console.log(JSON.stringify(d.write(view)));
}
console.log(JSON.stringify(d.end(Buffer.from([0xe2, 0x82]))));
