const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');
const key = Buffer.alloc(32, 9), iv = Buffer.alloc(16, 8);
const enc = crypto.createCipheriv('aes-256-cbc', key, iv);
const dec = crypto.createDecipheriv('aes-256-cbc', key, iv);
console.log(enc instanceof Transform, dec instanceof Transform);
const chunks = [];
pipeline(Readable.from(['stream ', 'of ', 'several ', 'chunks ', 'to encrypt'].map((s) => Buffer.from(s))), enc, dec,
  async function* (src) {
    for await (const c of src) chunks.push(c);
  }, (err) => {
    console.log('done', err, Buffer.concat(chunks).toString());
  });
const e2 = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
e2.setEncoding('hex');
let out = '';
e2.on('data', (d) => { out += d; });
e2.on('end', () => console.log('ctr stream', out));
e2.write('abc');
e2.end('def');
const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
bad.on('error', (e) => console.log('stream error', e.code, e.message));
bad.on('data', () => {});
bad.end(Buffer.alloc(16));
