const crypto = require('crypto');
const show = require('./_show');
const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length);
console.log(crypto.randomBytes(0).length);
show('neg', () => crypto.randomBytes(-1));
show('str', () => crypto.randomBytes('1'));
show('big', () => crypto.randomBytes(2 ** 31));
show('nan', () => crypto.randomBytes(NaN));
show('cb type', () => crypto.randomBytes(3, 5));
crypto.randomBytes(32, (err, buf) => {
  console.log('async', err, Buffer.isBuffer(buf), buf.length);
  crypto.randomBytes(0, (err2, b2) => console.log('async zero', err2, b2.length));
});
const many = new Set();
for (let i = 0; i < 100; i++) many.add(crypto.randomBytes(8).toString('hex'));
console.log('distinct', many.size);
