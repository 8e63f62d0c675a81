// maxOutputLength caps decompressed output: ERR_BUFFER_TOO_LARGE.
const zlib = require('zlib');
const z = zlib.gzipSync(Buffer.alloc(10000, 'z'));
for (const max of [100, 9999, 10000]) {
  try {
    console.log(max, zlib.gunzipSync(z, { maxOutputLength: max }).length);
  } catch (e) {
    console.log(max, e.name, e.code, e.message);
  }
}
zlib.gunzip(z, { maxOutputLength: 500 }, (err, r) => {
  console.log('callback', err && err.name, err && err.code, err && err.message, r);
  zlib.brotliDecompress(zlib.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 4999 }, (err) => {
    console.log('brotli', err.code, err.message);
  });
});
