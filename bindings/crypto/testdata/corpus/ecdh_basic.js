'use strict';
// createECDH on each curve with fixed private keys: public keys in every
// format, shared secrets both ways, encodings and convertKey.
const crypto = require('crypto');
const privs = {
  prime256v1: ['0d7b0f7e2b8f3c54c5a1e1d6a9c3b1f4a2e7d9c0b5a6f3e2d1c0b9a8f7e6d5c4', '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809'],
  secp384r1: ['4f'.repeat(48), '2c'.repeat(48)],
  secp521r1: ['01' + 'ab'.repeat(65), '00' + '77'.repeat(65)],
};
for (const [curve, [a, b]] of Object.entries(privs)) {
  const alice = crypto.createECDH(curve);
  const bob = crypto.ECDH(curve);
  console.log(curve, alice instanceof crypto.ECDH, bob instanceof crypto.ECDH);
  console.log(alice.setPrivateKey(a, 'hex') === alice);
  bob.setPrivateKey(Buffer.from(b, 'hex'));
  console.log('priv', alice.getPrivateKey('hex'), bob.getPrivateKey().length);
  for (const f of [undefined, 'uncompressed', 'compressed', 'hybrid']) {
    console.log(f, alice.getPublicKey('hex', f));
  }
  const s1 = alice.computeSecret(bob.getPublicKey());
  const s2 = bob.computeSecret(alice.getPublicKey('base64'), 'base64', 'hex');
  const s3 = bob.computeSecret(alice.getPublicKey(null, 'compressed'));
  console.log('secret', s1.toString('hex'), s1.toString('hex') === s2, s3.equals(s1));
  const comp = alice.getPublicKey('hex', 'compressed');
  console.log('convert', crypto.ECDH.convertKey(comp, curve, 'hex', 'hex', 'uncompressed') === alice.getPublicKey('hex'));
  console.log('convert', crypto.ECDH.convertKey(alice.getPublicKey(), curve, undefined, 'base64', 'hybrid'));
}
const e = crypto.createECDH('prime256v1');
const pub = e.generateKeys();
console.log(pub.length, pub[0], e.getPrivateKey().length <= 32, e.generateKeys('hex', 'compressed').length);
console.log(crypto.createECDH.length, crypto.ECDH.length, crypto.ECDH.convertKey.length);
