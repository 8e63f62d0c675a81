// Empty input: compressors make a valid empty stream, decompressors say
// "unexpected end of file".
const zlib = require('zlib');
for (const c of ['gzipSync', 'deflateSync', 'deflateRawSync', 'brotliCompressSync']) {
  const z = zlib[c](Buffer.alloc(0));
  const back = { gzipSync: 'gunzipSync', deflateSync: 'inflateSync', deflateRawSync: 'inflateRawSync', brotliCompressSync: 'brotliDecompressSync' }[c];
  console.log(c, z.length > 0, zlib[back](z).length);
}
for (const d of ['gunzipSync', 'inflateSync', 'inflateRawSync', 'unzipSync', 'brotliDecompressSync']) {
  try {
    console.log(d, zlib[d](Buffer.alloc(0)).length);
  } catch (e) {
    console.log(d, e.message, e.code, e.errno);
  }
}
const g = zlib.createGzip();
const parts = [];
g.on('data', (p) => parts.push(p)).on('end', () => {
  console.log('empty stream', zlib.gunzipSync(Buffer.concat(parts)).length);
  zlib.gunzip(Buffer.alloc(0), (err, r) => console.log('callback', err && err.message, err && err.code, r));
});
g.end();
