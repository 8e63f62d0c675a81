const crypto = require('crypto');
const keys = require('./_keys');
const show = require('./_show');
for (const [name, pem] of Object.entries(keys)) {
  const priv = crypto.createPrivateKey(pem);
  const pub = crypto.createPublicKey(pem);
  console.log(name, priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.type, pub.asymmetricKeyType);
  for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
    show(`${name} priv ${type} pem`, () => priv.export({ type, format: 'pem' }));
    show(`${name} priv ${type} der`, () => priv.export({ type, format: 'der' }).toString('base64'));
  }
  for (const type of ['spki', 'pkcs1']) {
    show(`${name} pub ${type} pem`, () => pub.export({ type, format: 'pem' }));
    show(`${name} pub ${type} der`, () => pub.export({ type, format: 'der' }).toString('hex'));
  }
  console.log(name, 'jwk', priv.export({ format: 'jwk' }), pub.export({ format: 'jwk' }));
  console.log(name, 'equals', pub.equals(crypto.createPublicKey(priv)), priv.equals(crypto.createPrivateKey(pem)), priv.equals(pub));
}
