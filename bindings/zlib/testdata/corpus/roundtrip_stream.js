// Streams piped into each other carry many writes through intact.
const zlib = require('zlib');
const pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'], ['createDeflate', 'createUnzip'], ['createBrotliCompress', 'createBrotliDecompress']];
const lines = [];
for (let i = 0; i < 2000; i++) lines.push('line ' + i + ' ' + 'x'.repeat(i % 50));
const expected = lines.join('\n') + '\n';
function next() {
  const pair = pairs.shift();
  if (!pair) return console.log('all done');
  const [c, d] = pair;
  const comp = zlib[c]();
  const dec = zlib[d]();
  const parts = [];
  comp.pipe(dec);
  dec.on('data', (chunk) => parts.push(chunk));
  dec.on('end', () => {
    const out = Buffer.concat(parts).toString();
    console.log(c, d, out === expected, out.length);
    next();
  });
  for (let i = 0; i < 2000; i += 100) comp.write(lines.slice(i, i + 100).join('\n') + '\n');
  comp.end();
}
next();
