const crypto = require('crypto');
const key = (n) => Buffer.alloc(n, 0x5a);
for (const [alg, kl] of [['aes-128-gcm', 16], ['aes-192-gcm', 24], ['aes-256-gcm', 32]]) {
  const iv = Buffer.alloc(12, 1);
  const c = crypto.createCipheriv(alg, key(kl), iv);
  c.setAAD(Buffer.from('header'));
  const parts = [c.update('hello ', 'utf8', 'hex'), c.update('gcm world', 'utf8', 'hex'), c.final('hex')];
  const tag = c.getAuthTag();
  console.log(alg, parts, tag.toString('hex'));
  const d = crypto.createDecipheriv(alg, key(kl), iv);
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(tag);
  console.log(d.update(parts.join(''), 'hex', 'utf8') + d.final('utf8'));
}
for (const ivLen of [1, 8, 16, 60]) {
  const c = crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(ivLen, 7));
  const ct = Buffer.concat([c.update(Buffer.alloc(40, 0x61)), c.final()]);
  console.log('iv', ivLen, ct.toString('hex'), c.getAuthTag().toString('hex'));
}
for (const tl of [4, 8, 12, 13, 16]) {
  const c = crypto.createCipheriv('aes-256-gcm', key(32), Buffer.alloc(12), { authTagLength: tl });
  c.update('x');
  c.final();
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-256-gcm', key(32), Buffer.alloc(12), { authTagLength: tl });
  d.setAuthTag(tag);
  console.log('tag', tl, tag.toString('hex'), d.update(Buffer.from(c.update ? '' : '')).length);
}
const e = crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(12));
e.setAAD(Buffer.from('a'));
e.setAAD(Buffer.from('b'));
e.final();
console.log('aad only', e.getAuthTag().toString('hex'));
const e2 = crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(12));
e2.setAAD(Buffer.from('ab'));
e2.final();
console.log('aad joined', e2.getAuthTag().toString('hex'));
console.log('empty', crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(12)).final().length);
