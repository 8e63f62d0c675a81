const crypto = require('crypto');
const show = require('./_show');
for (const digest of ['sha1', 'sha256', 'sha512', 'md5', 'sha3-256', 'SHA256']) {
  console.log(digest, crypto.pbkdf2Sync('password', 'salt', 2, 32, digest).toString('hex'));
}
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 1000, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha256').length);
console.log(crypto.pbkdf2Sync('', '', 1, 20, 'sha1').toString('hex'));
show('iter 0', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha256'));
show('keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'));
show('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 10));
show('bad digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
show('xof digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'shake128'));
show('password type', () => crypto.pbkdf2Sync(5, 's', 1, 10, 'sha1'));
show('no cb', () => crypto.pbkdf2('p', 's', 1, 10, 'sha256'));
show('async bad digest', () => crypto.pbkdf2('p', 's', 1, 10, 'nope', () => {}));
crypto.pbkdf2('password', 'salt', 4096, 20, 'sha1', (err, key) => {
  console.log('async', err, Buffer.isBuffer(key), key.toString('hex'));
});
console.log('sync end');
