'use strict';
// X509Certificate's checks: hosts (wildcards, subject rules), addresses,
// emails, issuers, signatures and private keys.
const crypto = require('crypto');
const { X509Certificate } = crypto;
const certs = require('./_certs');
const ca = new X509Certificate(certs.ca);
const leaf = new X509Certificate(certs.leaf);
const ed = new X509Certificate(certs.ed);
for (const host of ['www.example.com', 'WWW.Example.COM', 'a.example.org', 'a.b.example.org', 'example.org',
  'example.com', 'www.example.com.', 'nope.test', '']) {
  console.log('host', JSON.stringify(host), leaf.checkHost(host), leaf.checkHost(host, { wildcards: false }));
}
console.log('subject never', leaf.checkHost('www.example.com', { subject: 'never' }));
console.log('ed host', ed.checkHost('host.example.net'), ed.checkHost('host.example.net', { subject: 'never' }),
  ed.checkHost('Host.Example.Net', { subject: 'always' }));
console.log('ca host', ca.checkHost('Example Root'));
for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '127.0.0.2', '10.0.0.1']) {
  console.log('ip', ip, leaf.checkIP(ip));
}
for (const email of ['admin@example.com', 'admin@EXAMPLE.COM', 'Admin@example.com', 'root@example.com']) {
  console.log('email', email, leaf.checkEmail(email), leaf.checkEmail(email, { subject: 'always' }));
}
console.log('ed email', ed.checkEmail('Ops@example.net'), ed.checkEmail('ops@example.net'),
  ed.checkEmail('Ops@example.net', { subject: 'never' }));
console.log('issued', leaf.checkIssued(ca), ed.checkIssued(ca), ca.checkIssued(ca), ca.checkIssued(leaf), leaf.checkIssued(leaf));
console.log('verify', leaf.verify(ca.publicKey), ed.verify(ca.publicKey), ca.verify(ca.publicKey),
  leaf.verify(leaf.publicKey), ca.verify(ed.publicKey));
console.log('verify created', leaf.verify(crypto.createPublicKey(certs.caKey)));
console.log('private', leaf.checkPrivateKey(crypto.createPrivateKey(certs.leafKey)),
  leaf.checkPrivateKey(crypto.createPrivateKey(certs.caKey)), ed.checkPrivateKey(crypto.createPrivateKey(certs.edKey)),
  ca.checkPrivateKey(crypto.createPrivateKey(certs.caKey)));
