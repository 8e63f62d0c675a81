'use strict';
// publicEncrypt/privateDecrypt with OAEP (node's default, other hashes,
// labels) and privateEncrypt/publicDecrypt with PKCS #1 v1.5, round trips
// over every way of passing the key.
const crypto = require('crypto');
const k = require('./_keys');
const priv = crypto.createPrivateKey(k.rsa);
const pub = crypto.createPublicKey(priv);
const pubPem = pub.export({ format: 'pem', type: 'spki' });
const msg = Buffer.from('attack at dawn');
for (const key of [pub, priv, pubPem, k.rsa, { key: pubPem }, { key: pub.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' }]) {
  const ct = crypto.publicEncrypt(key, msg);
  console.log(ct.length, crypto.privateDecrypt(k.rsa, ct).toString());
}
for (const oaepHash of ['sha1', 'sha256', 'sha224', 'SHA384', 'md5', 'sha3-256']) {
  const ct = crypto.publicEncrypt({ key: pub, oaepHash }, msg);
  console.log(oaepHash, crypto.privateDecrypt({ key: priv, oaepHash }, ct).toString());
}
const labelled = crypto.publicEncrypt({ key: pub, oaepHash: 'sha256', oaepLabel: Buffer.from('label') }, msg);
console.log('label', crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: 'label' }, labelled).toString());
const hexed = crypto.publicEncrypt({ key: pub, encoding: 'hex' }, '00ff10');
console.log('hex', crypto.privateDecrypt(priv, hexed).toString('hex'));
const v15 = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_PADDING }, msg);
console.log('pkcs1 encrypt', v15.length);
// privateEncrypt with PKCS #1 v1.5 is deterministic.
const signed = crypto.privateEncrypt(priv, msg);
console.log('privateEncrypt', signed.toString('base64'));
console.log(crypto.privateEncrypt(k.rsa, msg).equals(signed), crypto.publicDecrypt(pub, signed).toString());
console.log(crypto.publicDecrypt(k.rsa, signed).toString(), crypto.publicDecrypt(pubPem, signed).toString());
console.log('empty', crypto.publicDecrypt(pub, crypto.privateEncrypt(priv, Buffer.alloc(0))).length);
// No padding: the block is the modulus's size.
const block = Buffer.alloc(128, 7);
const raw = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_NO_PADDING }, block);
console.log('raw', raw.toString('hex'));
console.log(crypto.privateDecrypt({ key: priv, padding: crypto.constants.RSA_NO_PADDING }, raw).equals(block));
const rawSigned = crypto.privateEncrypt({ key: priv, padding: crypto.constants.RSA_NO_PADDING }, block);
console.log('raw private', rawSigned.toString('hex').slice(0, 64));
console.log(crypto.publicDecrypt({ key: pub, padding: crypto.constants.RSA_NO_PADDING }, rawSigned).equals(block));
console.log(crypto.publicEncrypt.length, crypto.privateDecrypt.length, crypto.privateEncrypt.length, crypto.publicDecrypt.length);
