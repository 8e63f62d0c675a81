// brotli data made by node (quality 11 and 4) decodes; a round trip
// through our encoder also does.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + '0123456789'.repeat(10);
const q11 = Buffer.from('G+cDiIyUqOPbCJUOYR6SPlAuHUu8gBNqlVFhb7ABBw4J5I8ky7HqDOiE07o6HSfKeAkeghNx+492CnpQNdb5EFMuAA==', 'base64');
const q4 = Buffer.from('G+cDAMSoa6QLdBMtfiD9HW0KVAAWqKcLXeHbghy8i7gvz4y6vOivaT2w3GV/YJyIY/g/5KUhEIJSxoVU2lhH', 'base64');
console.log(zlib.brotliDecompressSync(q11).toString() === text);
console.log(zlib.brotliDecompressSync(q4).toString() === text);
// The callback form and the stream run one after the other: two
// independent decodes may finish in either order.
zlib.brotliDecompress(q11, (err, out) => {
  console.log('callback', err, out.toString() === text);
  const d = zlib.createBrotliDecompress();
  const parts = [];
  d.on('data', (c) => parts.push(c)).on('end', () => console.log('stream', Buffer.concat(parts).toString() === text));
  for (let i = 0; i < q4.length; i += 5) d.write(q4.subarray(i, i + 5));
  d.end();
});
try {
  zlib.brotliDecompressSync(q11.subarray(0, 20));
} catch (e) {
  console.log(e.message, e.code, e.errno);
}
