const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');
const h = crypto.createHash('sha256');
console.log(h instanceof Transform, h instanceof crypto.Hash, typeof h.pipe, typeof h.write);
h.on('readable', () => {
  const d = h.read();
  if (d) console.log('readable', d.toString('hex'));
});
h.on('finish', () => console.log('finish'));
h.on('end', () => console.log('end'));
h.write('hello ');
h.write(Buffer.from('world'));
h.end();
const h2 = crypto.createHash('md5');
h2.setEncoding('base64');
h2.end('abc', () => console.log('h2 read', h2.read()));
pipeline(Readable.from(['a', 'b', 'c'].map((s) => Buffer.from(s))), crypto.createHash('sha1'), async function* (src) {
  for await (const d of src) console.log('pipeline', d.toString('hex'));
}, (err) => console.log('pipeline done', err));
