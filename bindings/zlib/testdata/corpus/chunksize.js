// Decompressed 'data' chunks are chunkSize bytes, as node's are.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + '0123456789'.repeat(10);
const gz = Buffer.from('H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUbGBoZm5iamVtY0o4FAE6WyCzoAwAA', 'base64');
const sizes = [64, 100, 256, 1000, 16384];
function next() {
  const chunkSize = sizes.shift();
  if (chunkSize === undefined) return big();
  const g = zlib.createGunzip({ chunkSize });
  const got = [];
  g.on('data', (d) => got.push(d.length));
  g.on('end', () => {
    console.log(chunkSize, got.join(','));
    next();
  });
  g.end(gz);
}
function big() {
  console.log(zlib.gunzipSync(gz, { chunkSize: 64 }).toString() === text);
  const g2 = zlib.createGunzip({ chunkSize: 4096 });
  const got = [];
  g2.on('data', (d) => got.push(d.length)).on('end', () => console.log('big', got.length, got[0], got[got.length - 1]));
  g2.end(zlib.gzipSync(Buffer.alloc(100000, 'a')));
}
next();
