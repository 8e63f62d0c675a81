// Unzip detects gzip and zlib headers, in one piece or a byte at a time.
const zlib = require('zlib');
const gz = Buffer.from('H4sIAAAAAAAAA0tMSgYAwkEkNQMAAAA=', 'base64');
const zl = zlib.deflateSync('zlib data');
console.log(zlib.unzipSync(gz).toString(), zlib.unzipSync(zl).toString());
for (const bad of [Buffer.from([0x1f]), Buffer.from([0x1f, 0x8b]), Buffer.from([0x78]), Buffer.alloc(0), Buffer.from('hi')]) {
  try {
    console.log(zlib.unzipSync(bad));
  } catch (e) {
    console.log(bad.toString('hex'), e.message, e.code, e.errno);
  }
}
const inputs = [['gzip', gz], ['zlib', zl]];
(function next() {
  const item = inputs.shift();
  if (!item) return;
  const [name, data] = item;
  const u = zlib.createUnzip();
  let s = '';
  u.on('data', (d) => { s += d; }).on('end', () => {
    console.log('bytewise', name, s);
    next();
  });
  for (const b of data) u.write(Buffer.from([b]));
  u.end();
})();
