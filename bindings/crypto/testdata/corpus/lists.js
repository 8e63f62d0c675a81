const crypto = require('crypto');
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes.every((h) => typeof h === 'string'));
for (const h of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake128', 'RSA-SHA256', 'ripemd160', 'blake2b512']) {
  console.log(h, hashes.includes(h));
}
const sorted = [...hashes].sort();
console.log('sorted', JSON.stringify(sorted) === JSON.stringify(hashes));
for (const h of hashes.filter((n) => !/sm3/i.test(n))) crypto.createHash(h);
console.log('all hashes usable');
const ciphers = crypto.getCiphers();
for (const c of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-256-ecb', 'chacha20-poly1305', 'aes128', 'id-aes256-gcm']) {
  console.log(c, ciphers.includes(c));
}
console.log(Array.isArray(crypto.getCurves()));
console.log(crypto.getFips());
