const crypto = require('crypto');
const show = require('./_show');
let ok = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  if (!Number.isInteger(n) || n < 0 || n >= 10) ok = false;
  seen.add(n);
  const m = crypto.randomInt(-5, 5);
  if (m < -5 || m >= 5) ok = false;
}
console.log('in range', ok, 'all values', seen.size);
const big = crypto.randomInt(2 ** 48 - 1);
console.log(Number.isSafeInteger(big), big < 2 ** 48);
console.log(crypto.randomInt(1, 2));
show('max<=min', () => crypto.randomInt(5, 1));
show('equal', () => crypto.randomInt(5, 5));
show('frac', () => crypto.randomInt(1.5));
show('str', () => crypto.randomInt('a'));
show('min str', () => crypto.randomInt('a', 5));
show('too big', () => crypto.randomInt(2 ** 48));
show('range', () => crypto.randomInt(0, 2 ** 48 + 1));
show('range neg', () => crypto.randomInt(-(2 ** 47), 2 ** 47 + 1));
show('cb type', () => crypto.randomInt(1, 5, 5));
crypto.randomInt(3, (err, n) => console.log('async', err, n >= 0 && n < 3));
crypto.randomInt(7, 8, (err, n) => console.log('async min', err, n));
console.log('sync end');
