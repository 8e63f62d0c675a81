const crypto = require('crypto');
const h = () => crypto.createHash('sha256').update('hello world');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'buffer', undefined, 'nope']) {
  const d = h().digest(enc);
  console.log(String(enc), typeof d, Buffer.isBuffer(d), JSON.stringify(Buffer.isBuffer(d) ? d.toString('hex') : d));
}
for (const enc of ['utf8', 'hex', 'base64', 'latin1', 'ascii', 'utf16le', 'base64url', 'bogus']) {
  console.log('update', enc, crypto.createHash('sha1').update('cafe', enc).digest('hex'));
}
console.log(crypto.createHash('sha1').update(new Uint16Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('sha1').update(new DataView(new ArrayBuffer(4))).digest('hex'));
console.log(crypto.createHash('sha1').update('héllo wörld €').digest('hex'));
