const crypto = require('crypto');
const show = require('./_show');
const ed = crypto.generateKeyPairSync('ed25519');
console.log(ed.publicKey.type, ed.privateKey.type, ed.publicKey.asymmetricKeyType, ed.publicKey.asymmetricKeyDetails);
console.log(crypto.verify(null, Buffer.from('x'), ed.publicKey, crypto.sign(null, Buffer.from('x'), ed.privateKey)));
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(rsa.privateKey.asymmetricKeyDetails, rsa.publicKey.asymmetricKeyDetails);
for (const curve of ['P-256', 'prime256v1', 'P-384', 'secp384r1', 'P-521']) {
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  console.log(curve, ec.publicKey.asymmetricKeyDetails, Object.keys(ec.privateKey.export({ format: 'jwk' })));
}
const enc = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'der' },
});
console.log(typeof enc.publicKey, enc.publicKey.split('\n')[0], Buffer.isBuffer(enc.privateKey));
const jwk = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
console.log(Object.keys(jwk.publicKey), Object.keys(jwk.privateKey));
console.log(crypto.getCurves().filter((c) => ['prime256v1', 'secp384r1', 'secp521r1'].includes(c)));
show('no type', () => crypto.generateKeyPairSync());
show('bad type', () => crypto.generateKeyPairSync('foo', {}));
show('rsa no len', () => crypto.generateKeyPairSync('rsa', {}));
show('rsa len str', () => crypto.generateKeyPairSync('rsa', { modulusLength: '1024' }));
show('ec no curve', () => crypto.generateKeyPairSync('ec', {}));
show('ec bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
show('opts type', () => crypto.generateKeyPairSync('ed25519', 5));
show('bad pub enc', () => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'pem', type: 'pkcs8' } }));
show('no cb', () => crypto.generateKeyPair('ed25519', {}));
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => {
  console.log('async', err, pub.type, priv.type, pub.asymmetricKeyDetails);
  crypto.generateKeyPair('ed25519', (err2, pub2) => console.log('async no opts', err2, pub2.asymmetricKeyType));
});
console.log('sync end');
