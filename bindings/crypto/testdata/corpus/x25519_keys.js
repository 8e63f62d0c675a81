'use strict';
// X25519 keys: import and export as PEM, DER and JWK, details, equality,
// generation.
const crypto = require('crypto');
const show = require('./_show');
const k2 = require('./_keys2');
const priv = crypto.createPrivateKey(k2.x1);
const pub = crypto.createPublicKey(priv);
console.log(priv.type, priv.asymmetricKeyType, pub.type, pub.asymmetricKeyType, priv.asymmetricKeyDetails);
console.log(pub.export({ format: 'pem', type: 'spki' }));
console.log(priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'));
console.log(pub.export({ format: 'der', type: 'spki' }).toString('hex'));
const jwk = priv.export({ format: 'jwk' });
console.log(jwk, pub.export({ format: 'jwk' }));
const back = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
console.log(back.equals(priv), crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
console.log(crypto.createPublicKey(pub.export({ format: 'pem', type: 'spki' })).equals(pub));
console.log(crypto.createPrivateKey({ key: priv.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' }).equals(priv));
show('pkcs1', () => priv.export({ format: 'pem', type: 'pkcs1' }));
show('sec1', () => priv.export({ format: 'pem', type: 'sec1' }));
show('bad jwk', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: 'AAAA' }, format: 'jwk' }));
show('sign', () => crypto.sign(null, Buffer.from('x'), priv));
const g = crypto.generateKeyPairSync('x25519');
console.log(g.publicKey.asymmetricKeyType, g.privateKey.type);
const pem = crypto.generateKeyPairSync('x25519', {
  publicKeyEncoding: { format: 'pem', type: 'spki' },
  privateKeyEncoding: { format: 'der', type: 'pkcs8' },
});
console.log(pem.publicKey.split('\n')[0], pem.privateKey.length);
crypto.generateKeyPair('x25519', (err, pk, sk) => {
  console.log('async', err, pk.asymmetricKeyType, sk.asymmetricKeyType,
    crypto.diffieHellman({ privateKey: sk, publicKey: pub }).equals(crypto.diffieHellman({ privateKey: priv, publicKey: pk })));
});
