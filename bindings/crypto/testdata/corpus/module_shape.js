const crypto = require('crypto');
const keys = Object.keys(crypto);
for (const k of ['createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync', 'timingSafeEqual',
  'getHashes', 'getCiphers', 'getCurves', 'getCipherInfo', 'hash', 'Hash', 'Hmac', 'Cipheriv', 'Decipheriv', 'webcrypto',
  'subtle', 'getRandomValues']) {
  console.log(k, keys.includes(k), typeof crypto[k]);
}
console.log(require('node:crypto') === crypto);
console.log(crypto.createHash('md5') instanceof crypto.Hash, crypto.Hash('md5') instanceof crypto.Hash);
console.log(crypto.createHmac('md5', 'k') instanceof crypto.Hmac, crypto.Hmac('md5', 'k') instanceof crypto.Hmac);
console.log(crypto.Hash.name, crypto.Hmac.name, crypto.Cipheriv.name, crypto.Decipheriv.name);
const h = crypto.createHash('sha1');
console.log(Object.keys(h));
h.on('data', () => {});
console.log(typeof h._readableState, h.readable, h.writable);
