const crypto = require('crypto');
const h = crypto.createHash('sha256').update('part one;');
const c1 = h.copy();
const c2 = h.copy();
h.update(' original');
c1.update(' first copy');
console.log(h.digest('hex'));
console.log(c1.digest('hex'));
console.log(c2.digest('hex'));
for (const alg of ['md5', 'sha1', 'sha512', 'sha3-256', 'ripemd160', 'blake2b512', 'md5-sha1', 'shake256']) {
  const a = crypto.createHash(alg).update('abc');
  const b = a.copy();
  console.log(alg, a.update('def').digest('hex') === crypto.createHash(alg).update('abcdef').digest('hex'),
    b.digest('hex') === crypto.createHash(alg).update('abc').digest('hex'));
}
const x = crypto.createHash('shake128', { outputLength: 8 }).update('abc');
console.log(x.copy().digest('hex'), x.copy({ outputLength: 4 }).digest('hex'), x.digest('hex'));
