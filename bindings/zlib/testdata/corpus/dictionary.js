// Preset dictionaries: node-made data with a dictionary decodes with it,
// fails without it ("Missing dictionary") or with another ("Bad dictionary").
const zlib = require('zlib');
const dict = Buffer.from('hello dictionary');
const made = Buffer.from('eLs1KQZry0DjK5TnF+WkKICFAZ4lCuc=', 'base64');
const rawMade = Buffer.from('y0DjK5TnF+WkKICFAQ==', 'base64');
console.log(zlib.inflateSync(made, { dictionary: dict }).toString());
console.log(zlib.inflateRawSync(rawMade, { dictionary: dict }).toString());
for (const opts of [undefined, { dictionary: Buffer.from('other') }]) {
  try {
    zlib.inflateSync(made, opts);
  } catch (e) {
    console.log(e.message, e.code, e.errno);
  }
}
// Our own output with a dictionary round-trips, with typed-array and
// ArrayBuffer dictionaries too.
for (const d of [dict, new Uint8Array(dict), dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length)]) {
  const z = zlib.deflateSync('hello dictionary again', { dictionary: d });
  console.log(zlib.inflateSync(z, { dictionary: dict }).toString(), z[1] & 0x20);
  const r = zlib.deflateRawSync('hello dictionary raw', { dictionary: d });
  console.log(zlib.inflateRawSync(r, { dictionary: dict }).toString());
}
zlib.inflate(made, (err) => {
  console.log('callback', err.message, err.code);
  const inf = zlib.createInflate({ dictionary: Buffer.from('wrong') });
  inf.on('error', (e) => console.log('stream', e.message, e.code, e.errno));
  inf.end(made);
});
