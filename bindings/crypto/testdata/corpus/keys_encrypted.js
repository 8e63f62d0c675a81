'use strict';
// Encrypted private keys: node's and openssl's read back with their
// passphrases, and keys exported encrypted read back again.
const crypto = require('crypto');
const k = require('./_keys');
const enc = require('./_encrypted');
const show = require('./_show');
const ec = crypto.createPrivateKey(k.ec);
const ed = crypto.createPrivateKey(k.ed);
const rsa = crypto.createPrivateKey(k.rsa);
const read = (key, pass, extra) => crypto.createPrivateKey({ key, passphrase: pass, ...extra });
console.log('pkcs8 aes-256', read(enc.pkcs8Aes256, 'top secret').equals(ec));
console.log('pkcs8 der', read(Buffer.from(enc.pkcs8Aes128Der, 'base64'), 'pw', { format: 'der', type: 'pkcs8' }).equals(ed));
console.log('sec1 legacy', read(enc.sec1Aes128, 'pw').equals(ec));
console.log('rsa des3 legacy', read(enc.rsaDes3, Buffer.from('pw')).equals(rsa));
console.log('rsa aes-192 buffer pass', read(enc.rsaPkcs8Aes192, Buffer.from([1, 2, 3])).equals(rsa));
console.log('openssl des3 sha1', read(enc.opensslDes3Sha1, 'legacy').equals(rsa));
console.log('openssl sha512', read(enc.opensslAes256Sha512, 'sha512').equals(rsa));
console.log('public from encrypted', crypto.createPublicKey({ key: enc.pkcs8Aes256, passphrase: 'top secret' }).equals(crypto.createPublicKey(ec)));
for (const cipher of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'des-ede3-cbc', 'AES-256-CBC']) {
  for (const format of ['pem', 'der']) {
    const out = ed.export({ format, type: 'pkcs8', cipher, passphrase: 'p' });
    const head = format === 'pem' ? out.split('\n')[0] : out[0];
    console.log(cipher, format, head, read(out, 'p', { format, type: 'pkcs8' }).equals(ed));
  }
}
const sec1 = ec.export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'q' });
console.log(sec1.split('\n').slice(0, 3).map((l) => l.replace(/,[0-9A-F]+$/, ',<iv>')), read(sec1, 'q').equals(ec));
const pkcs1 = rsa.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: '' });
console.log(pkcs1.split('\n')[1], read(pkcs1, '').equals(rsa));
const pair = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'gen' },
});
console.log('generated', pair.privateKey.split('\n')[0], read(pair.privateKey, 'gen').asymmetricKeyType);
show('no passphrase', () => crypto.createPrivateKey(enc.pkcs8Aes256));
show('wrong passphrase', () => read(enc.pkcs8Aes256, 'nope'));
show('no passphrase der', () => crypto.createPrivateKey({ key: Buffer.from(enc.pkcs8Aes128Der, 'base64'), format: 'der', type: 'pkcs8' }));
show('wrong passphrase der', () => read(Buffer.from(enc.pkcs8Aes128Der, 'base64'), 'x', { format: 'der', type: 'pkcs8' }));
show('legacy no passphrase', () => crypto.createPrivateKey(enc.sec1Aes128));
show('legacy wrong', () => read(enc.sec1Aes128, 'bad'));
show('public no passphrase', () => crypto.createPublicKey(enc.pkcs8Aes256));
show('pass type', () => read(enc.pkcs8Aes256, 5));
show('no cipher', () => ec.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }));
show('cipher type', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 5, passphrase: 'x' }));
show('no pass', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }));
show('unknown cipher', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
show('gcm', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-gcm', passphrase: 'x' }));
show('ctr', () => ec.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-ctr', passphrase: 'x' }));
show('der sec1', () => ec.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' }));
show('der pkcs1', () => rsa.export({ format: 'der', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' }));
show('public ignores', () => crypto.createPublicKey(ec).export({ format: 'pem', type: 'spki', cipher: 'aes-128-cbc', passphrase: 'x' }).split('\n')[0]);
