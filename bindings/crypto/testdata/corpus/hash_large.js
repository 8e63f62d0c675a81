const crypto = require('crypto');
const chunk = Buffer.alloc(65536, 0x61);
const h = crypto.createHash('sha256');
const m = crypto.createHmac('sha512', 'k');
for (let i = 0; i < 160; i++) {
  h.update(chunk);
  m.update(chunk);
}
console.log(h.digest('hex'));
console.log(m.digest('hex'));
const big = Buffer.alloc(5 * 1024 * 1024 + 7, 0x7f);
console.log(crypto.createHash('sha1').update(big).digest('hex'), crypto.createHash('sha3-512').update(big).digest('base64'));
const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
const ct = Buffer.concat([c.update(big), c.final()]);
console.log(crypto.createHash('sha256').update(ct).digest('hex'), c.getAuthTag().toString('hex'));
const d = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
d.setAuthTag(c.getAuthTag());
let n = 0;
for (let i = 0; i < ct.length; i += 100003) n += d.update(ct.subarray(i, i + 100003)).length;
console.log(n, d.final().length);
