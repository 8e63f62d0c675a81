const crypto = require('crypto');
const show = require('./_show');
for (const [alg, kl] of [['aes-128-ecb', 16], ['aes-192-ecb', 24], ['aes-256-ecb', 32]]) {
  const c = crypto.createCipheriv(alg, Buffer.alloc(kl, 3), null);
  const ct = c.update('ecb mode text, two blocks!', 'utf8', 'hex') + c.final('hex');
  const d = crypto.createDecipheriv(alg, Buffer.alloc(kl, 3), Buffer.alloc(0));
  console.log(alg, ct, d.update(ct, 'hex', 'utf8') + d.final('utf8'));
}
for (const [alg, kl] of [['aes-128-ctr', 16], ['aes-192-ctr', 24], ['aes-256-ctr', 32]]) {
  const c = crypto.createCipheriv(alg, Buffer.alloc(kl, 4), Buffer.alloc(16, 0xff));
  const parts = [c.update('abc', 'utf8', 'hex'), c.update('defghijklmnopqrstuvwxyz', 'utf8', 'hex'), c.final('hex')];
  const d = crypto.createDecipheriv(alg, Buffer.alloc(kl, 4), Buffer.alloc(16, 0xff));
  console.log(alg, parts, d.update(parts.join(''), 'hex', 'utf8') + d.final('utf8'));
}
show('ecb iv', () => crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), Buffer.alloc(16)));
show('ctr iv', () => crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(8)));
show('ctr null iv', () => crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), null));
show('ctr pad', () => crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).setAutoPadding(false) !== null);
