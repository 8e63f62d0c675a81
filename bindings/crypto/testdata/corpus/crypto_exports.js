'use strict';
// The crypto module's names for key agreement, RSA encryption and
// certificates, and how they are shaped.
const crypto = require('crypto');
const keys = Object.keys(crypto);
for (const name of ['createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'diffieHellman', 'getDiffieHellman',
  'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH',
  'X509Certificate', 'constants']) {
  const v = crypto[name];
  console.log(name, keys.includes(name), typeof v, typeof v === 'function' ? v.length : Object.keys(v).length,
    typeof v === 'function' ? v.name : '');
}
console.log(require('node:crypto').X509Certificate === crypto.X509Certificate);
console.log(Object.getOwnPropertyNames(crypto.ECDH.prototype).join(), Object.getOwnPropertyNames(crypto.ECDH).sort().join());
