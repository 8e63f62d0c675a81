// Every level and strategy round-trips; level 0 stores (output > input).
const zlib = require('zlib');
const input = Buffer.from('levels and strategies '.repeat(300));
for (let level = -1; level <= 9; level++) {
  const z = zlib.deflateSync(input, { level });
  console.log('level', level, zlib.inflateSync(z).equals(input), level === 0 ? z.length > input.length : z.length < input.length / 4);
}
for (const strategy of [0, 1, 2, 3, 4]) {
  const z = zlib.gzipSync(input, { strategy });
  console.log('strategy', strategy, zlib.gunzipSync(z).equals(input));
}
const h = zlib.gzipSync(input, { level: 9 });
const f = zlib.gzipSync(input, { level: 1 });
console.log('xfl', h[8], f[8], zlib.gzipSync(input)[8], h[9]);
console.log('zlib header', zlib.deflateSync(input, { level: 1 }).subarray(0, 2).toString('hex'), zlib.deflateSync(input).subarray(0, 2).toString('hex'), zlib.deflateSync(input, { level: 9 }).subarray(0, 2).toString('hex'), zlib.deflateSync(input, { level: 4 }).subarray(0, 2).toString('hex'));
console.log('gzip header', zlib.gzipSync(input).subarray(0, 10).toString('hex'));
