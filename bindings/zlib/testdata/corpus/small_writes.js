// Writes of one byte at a time into every decoder still give the whole
// output, in order.
const zlib = require('zlib');
const text = Array.from({ length: 400 }, (_, i) => 'row ' + i).join(',');
const cases = [['createGunzip', zlib.gzipSync(text)], ['createInflate', zlib.deflateSync(text)], ['createInflateRaw', zlib.deflateRawSync(text)],
  ['createUnzip', zlib.gzipSync(text)], ['createBrotliDecompress', zlib.brotliCompressSync(text)]];
(function next() {
  const c = cases.shift();
  if (!c) return;
  const s = zlib[c[0]]({ chunkSize: 64 });
  let out = '';
  s.on('data', (d) => { out += d; });
  s.on('end', () => {
    console.log(c[0], out === text, out.length);
    next();
  });
  for (const b of c[1]) s.write(Buffer.from([b]));
  s.end();
})();
