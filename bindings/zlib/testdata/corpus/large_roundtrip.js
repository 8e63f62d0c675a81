// Megabytes of mixed data round-trip through every format, sync, async
// and streamed in odd-sized writes.
const zlib = require('zlib');
let seed = 7;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed >> 8; }
const data = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < data.length; i++) data[i] = (i % 3000 < 1500) ? 97 + (rand() % 4) : rand() & 0xff;
const sum = zlib.crc32(data);
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const z = zlib[c](data);
  console.log(c, z.length < data.length, zlib.crc32(zlib[d](z)) === sum);
}
const g = zlib.createGzip();
const u = zlib.createGunzip();
g.pipe(u);
let crc = 0;
let n = 0;
u.on('data', (d) => { crc = zlib.crc32(d, crc); n += d.length; });
u.on('end', () => {
  console.log('stream', n === data.length, crc === sum);
  zlib.gzip(data, (err, z) => {
    zlib.gunzip(z, (err2, back) => console.log('async', err, err2, zlib.crc32(back) === sum));
  });
});
for (let off = 0; off < data.length; off += 77777) g.write(data.subarray(off, off + 77777));
g.end();
