const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'ripemd160', 'blake2b512', 'RSA-SHA256']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
console.log(crypto.createHmac('sha256', Buffer.alloc(200, 7)).update('long key').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('').digest('base64url'));
console.log(crypto.createHmac('sha256', new Uint8Array([1, 2, 3]).buffer).update('ab').digest('hex'));
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
console.log(crypto.createHmac('sha1', 'k').update('a').update(Buffer.from('b')).update('63', 'hex').digest('latin1').length);
