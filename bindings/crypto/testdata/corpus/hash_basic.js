const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256', 'md5-sha1']) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox jumps over the lazy dog').digest('hex'));
  console.log(alg, 'empty', crypto.createHash(alg).digest('hex'));
}
