// Concatenated gzip members decode as one; zero padding after them is
// ignored; anything else after them must be another member.
const zlib = require('zlib');
const a = Buffer.from('H4sIAAAAAAAAA0tMSgYAwkEkNQMAAAA=', 'base64'); // node: gzipSync('abc')
const b = zlib.gzipSync('def');
const show = (name, f) => {
  try {
    console.log(name, JSON.stringify(f().toString()));
  } catch (e) {
    console.log(name, e.message, e.code, e.errno);
  }
};
show('two', () => zlib.gunzipSync(Buffer.concat([a, b])));
show('unzip two', () => zlib.unzipSync(Buffer.concat([a, b])));
show('zeros', () => zlib.gunzipSync(Buffer.concat([a, b, Buffer.alloc(10)])));
show('garbage', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from('garbage')])));
show('magic junk', () => zlib.gunzipSync(Buffer.concat([a, b, Buffer.from([0x1f, 0x8b, 0xff, 0xff]), Buffer.alloc(10)])));
show('short magic', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from([0x1f, 0x8b])])));
show('inflate trailing', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('xyz'), Buffer.from('trailing')])));
show('raw trailing', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw'), Buffer.from('trailing')])));
const g = zlib.createGunzip();
let out = '';
g.on('data', (d) => { out += d; }).on('end', () => {
  console.log('stream', out);
  // The callback form starts once the stream is done, so that the two
  // independent decodings print in one order.
  zlib.gunzip(Buffer.concat([b, a, Buffer.alloc(3)]), (err, r) => console.log('callback', err, r.toString()));
});
g.write(a);
g.write(b);
g.end(zlib.gzipSync('ghi'));
