const crypto = require('crypto');
for (const name of ['SHA256', 'Sha256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'RSA-SHA512/256', 'rmd160',
  'ripemd', 'RSA-MD5', 'ssl3-sha1', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'RSA-SHA1-2', 'SHA3-256']) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex'));
}
