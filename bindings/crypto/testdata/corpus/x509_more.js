'use strict';
// X509Certificate from other views, its fingerprints against hashes of
// its bytes, its public key in use, and the checks' less common options.
const crypto = require('crypto');
const certs = require('./_certs');
const pem = Buffer.from(certs.leaf);
const fromView = new crypto.X509Certificate(new DataView(pem.buffer, pem.byteOffset, pem.byteLength));
const fromU8 = new crypto.X509Certificate(new Uint8Array(pem));
console.log(fromView.serialNumber, fromU8.fingerprint === fromView.fingerprint);
const raw = fromView.raw;
const colon = (hex) => hex.toUpperCase().match(/../g).join(':');
console.log(colon(crypto.createHash('sha1').update(raw).digest('hex')) === fromView.fingerprint);
console.log(colon(crypto.createHash('sha256').update(raw).digest('hex')) === fromView.fingerprint256);
console.log(colon(crypto.createHash('sha512').update(raw).digest('hex')) === fromView.fingerprint512);
// The certificate's key verifies what the leaf key signs.
const sig = crypto.sign('sha256', Buffer.from('hello'), certs.leafKey);
console.log(crypto.verify('sha256', Buffer.from('hello'), fromView.publicKey, sig));
console.log(fromView.publicKey.export({ format: 'pem', type: 'spki' }) === crypto.createPublicKey(certs.leafKey).export({ format: 'pem', type: 'spki' }));
console.log(crypto.createPublicKey(certs.leaf).equals(fromView.publicKey));
const ed = new crypto.X509Certificate(certs.ed);
for (const opts of [{ partialWildcards: false }, { multiLabelWildcards: true }, { singleLabelSubdomains: true }, {}]) {
  console.log(JSON.stringify(opts), fromView.checkHost('a.example.org', opts), ed.checkHost('host.example.net', opts));
}
console.log(fromView.checkIP('127.0.0.1', {}), fromView.checkEmail('admin@example.com', { subject: 'never' }));
console.log(JSON.stringify([fromView]).length > 800, String(fromView) === certs.leaf);
