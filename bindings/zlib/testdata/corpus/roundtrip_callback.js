// The callback forms, with and without options, chained one after another.
const zlib = require('zlib');
const data = Buffer.from('callback data '.repeat(300));
const pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['brotliCompress', 'brotliDecompress']];
let i = 0;
function next() {
  if (i === pairs.length) return console.log('done');
  const [c, d] = pairs[i++];
  zlib[c](data, { level: 1 }, (err, z) => {
    console.log(c, err, Buffer.isBuffer(z));
    zlib[d](z, (err, back) => {
      console.log(d, err, back.equals(data));
      next();
    });
  });
}
next();
console.log('sync part first');
