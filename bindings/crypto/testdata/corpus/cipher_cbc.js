const crypto = require('crypto');
const key = (n) => Buffer.alloc(n, 0x11);
const iv = Buffer.alloc(16, 0x22);
for (const [alg, kl] of [['aes-128-cbc', 16], ['aes-192-cbc', 24], ['aes-256-cbc', 32]]) {
  for (const msg of ['', 'a', 'exactly16bytes!!', 'a somewhat longer message crossing several blocks']) {
    const c = crypto.createCipheriv(alg, key(kl), iv);
    const ct = Buffer.concat([c.update(msg, 'utf8'), c.final()]);
    const d = crypto.createDecipheriv(alg, key(kl), iv);
    const pt = d.update(ct, undefined, 'utf8') + d.final('utf8');
    console.log(alg, JSON.stringify(msg), ct.toString('hex'), pt === msg);
  }
}
const c = crypto.createCipheriv('aes-128-cbc', key(16), iv);
console.log([c.update('0123456789', 'utf8', 'hex'), c.update('abcdefghij', 'utf8', 'hex'), c.final('hex')]);
const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv);
const ct = Buffer.concat([crypto.createCipheriv('aes-128-cbc', key(16), iv).update(Buffer.alloc(32)), Buffer.alloc(0)]);
console.log('held back', d.update(ct.subarray(0, 16)).length, d.update(ct.subarray(16, 32)).length);
console.log(crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba').update('x', 'utf8', 'base64'));
