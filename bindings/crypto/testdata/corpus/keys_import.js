const crypto = require('crypto');
const keys = require('./_keys');
const show = require('./_show');
const ec = crypto.createPrivateKey(keys.ec);
const der = ec.export({ type: 'pkcs8', format: 'der' });
show('der pkcs8', () => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(ec));
show('der no type', () => crypto.createPrivateKey({ key: der, format: 'der' }));
try {
  crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
} catch (e) {
  console.log('der wrong type', e.code, e.message, e.library, e.reason);
}
show('jwk', () => crypto.createPrivateKey({ key: ec.export({ format: 'jwk' }), format: 'jwk' }).equals(ec));
show('jwk pub', () => crypto.createPublicKey({ key: ec.export({ format: 'jwk' }), format: 'jwk' }).type);
show('jwk rsa', () => {
  const rsa = crypto.createPrivateKey(keys.rsa);
  return crypto.createPrivateKey({ key: rsa.export({ format: 'jwk' }), format: 'jwk' }).equals(rsa);
});
show('jwk ed', () => {
  const ed = crypto.createPrivateKey(keys.ed);
  return crypto.createPublicKey({ key: ed.export({ format: 'jwk' }), format: 'jwk' }).export({ format: 'jwk' });
});
show('spki pem', () => crypto.createPublicKey(ec.export ? crypto.createPublicKey(ec).export({ type: 'spki', format: 'pem' }) : '').asymmetricKeyDetails);
show('spki der', () => crypto.createPublicKey({ key: crypto.createPublicKey(ec).export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).type);
show('pub from priv obj', () => crypto.createPublicKey(ec).type);
show('pub from pub obj', () => crypto.createPublicKey(crypto.createPublicKey(ec)));
show('garbage', () => crypto.createPrivateKey('hello'));
show('garbage pub', () => crypto.createPublicKey('hello'));
show('bad pem', () => crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n'));
show('pub as priv', () => crypto.createPrivateKey(crypto.createPublicKey(ec).export({ type: 'spki', format: 'pem' })));
show('bad format', () => crypto.createPrivateKey({ key: keys.ec, format: 'foo' }));
show('bad jwk', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256' }, format: 'jwk' }));
show('buffer pem', () => crypto.createPrivateKey(Buffer.from(keys.ed)).asymmetricKeyType);
const s = crypto.createSecretKey(Buffer.from('secret'));
show('secret', () => [s.type, s.symmetricKeySize, s.export(), s.export({ format: 'buffer' }), s.export({ format: 'jwk' }), s.asymmetricKeyType]);
show('secret pem', () => s.export({ format: 'pem' }));
show('secret str', () => crypto.createSecretKey('6162', 'hex').export().toString());
show('secret equals', () => [s.equals(crypto.createSecretKey(Buffer.from('secret'))), s.equals(crypto.createSecretKey(Buffer.from('other')))]);
show('equals bad', () => s.equals('x'));
show('hmac with key', () => crypto.createHmac('sha256', s).update('a').digest('hex'));
show('hmac with pub', () => crypto.createHmac('sha256', crypto.createPublicKey(ec)));
show('cipher with key', () => crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(Buffer.alloc(16)), Buffer.alloc(16)).final('hex'));
show('instanceof', () => [s instanceof crypto.KeyObject, ec instanceof crypto.KeyObject, crypto.KeyObject.name]);
show('export no opts', () => ec.export());
show('export pkcs1 ec', () => ec.export({ type: 'pkcs1', format: 'pem' }));
show('export sec1 rsa', () => crypto.createPrivateKey(keys.rsa).export({ type: 'sec1', format: 'pem' }));
show('export pub pkcs8', () => crypto.createPublicKey(ec).export({ type: 'pkcs8', format: 'pem' }));
show('export bad format', () => ec.export({ type: 'pkcs8', format: 'foo' }));
show('export no type', () => ec.export({ format: 'pem' }));
