const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
function chunked(enc, buf, size) {
  const d = new StringDecoder(enc);
  const parts = [];
  for (let i = 0; i < buf.length; i += size) parts.push(d.write(buf.subarray(i, i + size)));
  parts.push(d.end());
  return parts;
}
const text = 'hé😀z€';
for (const enc of ['utf16le', 'ucs2', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']) {
  const buf = Buffer.from(enc === 'latin1' || enc === 'binary' || enc === 'ascii' ? 'hé\u00ffz' : text, enc === 'base64' || enc === 'base64url' || enc === 'hex' ? 'utf8' : enc);
  for (const size of [1, 2, 3, 5]) console.log(enc, size, show(chunked(enc, buf, size)));
}
const d = new StringDecoder('utf16le');
console.log(show(d.write(Buffer.from([0x3d]))), show(d.write(Buffer.from([0xd8]))), show(d.end()));
const b = new StringDecoder('base64');
console.log(show(b.write(Buffer.from('ab'))), show(b.write(Buffer.from('c'))), show(b.write(Buffer.from('defg'))), show(b.end()));
console.log(show(new StringDecoder('base64').end(Buffer.from('x'))));
console.log(new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding, new StringDecoder('base64url').encoding);
