// Every cipher over messages of many lengths fed in pseudo-random pieces
// (a fixed-seed generator, so node and jsproc see the same input): each
// update's output length and the whole output's digest, and the round trip.
const crypto = require('crypto');
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return (seed >>> 8) % n;
}
function bytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand(256);
  return b;
}
const ciphers = [
  ['aes-128-cbc', 16, 16], ['aes-192-cbc', 24, 16], ['aes-256-cbc', 32, 16],
  ['aes-128-ecb', 16, 0], ['aes-256-ecb', 32, 0],
  ['aes-128-ctr', 16, 16], ['aes-256-ctr', 32, 16],
  ['aes-128-gcm', 16, 12], ['aes-192-gcm', 24, 7], ['aes-256-gcm', 32, 33],
  ['chacha20-poly1305', 32, 12],
];
for (const [name, kl, il] of ciphers) {
  for (const len of [0, 1, 15, 16, 17, 31, 32, 33, 100, 1000]) {
    const key = bytes(kl);
    const iv = il ? bytes(il) : null;
    const msg = bytes(len);
    const aead = /gcm|poly/.test(name);
    const pad = !/ctr|gcm|poly/.test(name) && rand(4) !== 0;
    const enc = crypto.createCipheriv(name, key, iv);
    if (!pad && !aead && !/ctr/.test(name)) enc.setAutoPadding(false);
    let aad;
    if (aead) {
      aad = bytes(rand(40));
      enc.setAAD(aad);
    }
    const sizes = [];
    const parts = [];
    let off = 0;
    while (off < msg.length) {
      const n = Math.min(msg.length - off, rand(40));
      const o = enc.update(msg.subarray(off, off + n));
      sizes.push(o.length);
      parts.push(o);
      off += n;
    }
    let fin;
    try {
      fin = enc.final();
    } catch (e) {
      console.log(name, len, 'final', e.code || e.message);
      continue;
    }
    parts.push(fin);
    const ct = Buffer.concat(parts);
    const tag = aead ? enc.getAuthTag() : Buffer.alloc(0);
    console.log(name, len, pad, sizes.join(','), fin.length, crypto.createHash('sha1').update(ct).digest('hex'), tag.toString('hex'));
    const dec = crypto.createDecipheriv(name, key, iv);
    if (!pad && !aead && !/ctr/.test(name)) dec.setAutoPadding(false);
    if (aead) {
      dec.setAAD(aad);
      dec.setAuthTag(tag);
    }
    const dsizes = [];
    const out = [];
    off = 0;
    while (off < ct.length) {
      const n = Math.min(ct.length - off, rand(40));
      const o = dec.update(ct.subarray(off, off + n));
      dsizes.push(o.length);
      out.push(o);
      off += n;
    }
    out.push(dec.final());
    console.log('  dec', dsizes.join(','), Buffer.concat(out).equals(msg));
  }
}
