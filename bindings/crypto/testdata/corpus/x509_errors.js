'use strict';
// X509Certificate's errors.
const crypto = require('crypto');
const { X509Certificate } = crypto;
const certs = require('./_certs');
const leaf = new X509Certificate(certs.leaf);
function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
show('garbage', () => new X509Certificate('garbage'));
show('zeros', () => new X509Certificate(Buffer.alloc(10)));
show('number', () => new X509Certificate(5));
show('array buffer', () => new X509Certificate(new ArrayBuffer(4)));
show('key pem', () => new X509Certificate(certs.leafKey));
show('ip type', () => leaf.checkIP(5));
show('ip value', () => leaf.checkIP('nope'));
show('host type', () => leaf.checkHost(5));
show('email type', () => leaf.checkEmail(null));
show('options type', () => leaf.checkHost('a', 5));
show('subject', () => leaf.checkHost('a', { subject: 'sometimes' }));
show('wildcards', () => leaf.checkHost('a', { wildcards: 'yes' }));
show('issued type', () => leaf.checkIssued({}));
show('verify type', () => leaf.verify('key'));
show('verify private', () => leaf.verify(crypto.createPrivateKey(certs.leafKey)).code);
show('private type', () => leaf.checkPrivateKey(5));
show('private public', () => leaf.checkPrivateKey(leaf.publicKey).code);
