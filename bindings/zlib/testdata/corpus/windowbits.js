// windowBits 9..15 round-trip; the zlib header names the window.
const zlib = require('zlib');
const input = Buffer.from('window bits data with some repeats '.repeat(200));
for (let wb = 8; wb <= 15; wb++) {
  const z = zlib.deflateSync(input, { windowBits: wb });
  const r = zlib.deflateRawSync(input, { windowBits: wb });
  console.log(wb, z.subarray(0, 1).toString('hex'), zlib.inflateSync(z).equals(input), zlib.inflateSync(z, { windowBits: Math.max(wb, 9) }).equals(input),
    zlib.inflateRawSync(r).equals(input));
  if (wb > 8) {
    const g = zlib.gzipSync(input, { windowBits: wb });
    console.log('gzip', wb, zlib.gunzipSync(g).equals(input));
  }
}
try {
  zlib.inflateSync(zlib.deflateSync(input), { windowBits: 10 });
} catch (e) {
  console.log(e.message, e.code);
}
