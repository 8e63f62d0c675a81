'use strict';
// ECDH.convertKey between every pair of formats on each curve, and the
// points ECDH accepts as peers in each format.
const crypto = require('crypto');
for (const curve of ['prime256v1', 'secp384r1', 'secp521r1']) {
  const e = crypto.createECDH(curve);
  e.setPrivateKey(Buffer.alloc(32, 3));
  const peer = crypto.createECDH(curve);
  peer.setPrivateKey(Buffer.alloc(16, 5));
  const want = e.computeSecret(peer.getPublicKey()).toString('hex');
  for (const from of ['uncompressed', 'compressed', 'hybrid']) {
    const key = e.getPublicKey(null, from);
    const row = [];
    for (const to of ['uncompressed', 'compressed', 'hybrid']) {
      row.push(crypto.ECDH.convertKey(key, curve, undefined, 'hex', to).slice(0, 6));
    }
    const agreed = peer.computeSecret(key).toString('hex') === want;
    console.log(curve, from, key.length, row.join(' '), agreed);
  }
  const hex = e.getPublicKey('hex', 'compressed');
  console.log('latin1 in', crypto.ECDH.convertKey(Buffer.from(hex, 'hex').toString('latin1'), curve, 'latin1', 'base64').slice(0, 10));
  console.log('buffer out', Buffer.isBuffer(crypto.ECDH.convertKey(hex, curve, 'hex')));
}
// A hybrid point whose prefix does not match its y parity is refused.
const e = crypto.createECDH('prime256v1');
e.setPrivateKey(Buffer.alloc(32, 1));
const h = e.getPublicKey(null, 'hybrid');
h[0] ^= 1;
try {
  crypto.ECDH.convertKey(h, 'prime256v1');
} catch (err) {
  console.log(err.code, err.message);
}
// setPublicKey replaces the public point alone.
const f = crypto.createECDH('prime256v1');
f.setPrivateKey(Buffer.alloc(32, 2));
e.setPublicKey(f.getPublicKey('hex'), 'hex');
console.log(e.getPublicKey().equals(f.getPublicKey()), e.getPrivateKey().equals(f.getPrivateKey()));
try {
  e.setPublicKey(Buffer.from([4, 1, 2]));
} catch (err) {
  console.log(err.code, err.message);
}
for (const name of ['P-256', 'secp256r1', 'P-384']) {
  try {
    crypto.createECDH(name);
  } catch (err) {
    console.log(name, err.code);
  }
}
