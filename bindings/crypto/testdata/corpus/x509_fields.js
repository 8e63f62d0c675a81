'use strict';
// X509Certificate's fields for three certificates, from PEM and DER.
const { X509Certificate } = require('crypto');
const certs = require('./_certs');
for (const name of ['ca', 'leaf', 'ed']) {
  const c = new X509Certificate(certs[name]);
  console.log('--', name);
  for (const k of ['subject', 'subjectAltName', 'issuer', 'issuerCertificate', 'infoAccess', 'validFrom', 'validTo',
    'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca']) {
    console.log(k, JSON.stringify(c[k]));
  }
  console.log('raw', c.raw.length, c.raw.subarray(0, 8).toString('hex'));
  console.log('pem', c.toString() === certs[name], c.toJSON() === c.toString(), JSON.stringify({ c }).length);
  const der = new X509Certificate(c.raw);
  console.log('der', der.fingerprint256 === c.fingerprint256, der.subject === c.subject);
  const pk = c.publicKey;
  console.log('key', pk.type, pk.asymmetricKeyType, pk.asymmetricKeyDetails, pk === c.publicKey);
}
const leaf = new X509Certificate(Buffer.from(certs.leaf));
console.log(new X509Certificate(new Uint8Array(leaf.raw)).serialNumber);
console.log(leaf.keyUsage === leaf.keyUsage, Array.isArray(leaf.keyUsage));
console.log(Object.getOwnPropertyNames(X509Certificate.prototype).filter((n) => n !== 'toLegacyObject'));
console.log(Object.keys(leaf), leaf instanceof X509Certificate, typeof X509Certificate);
