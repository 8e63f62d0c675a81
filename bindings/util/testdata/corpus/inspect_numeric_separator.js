// util.inspect with numericSeparator: underscores every three digits on
// both sides of the point, exponents included, and -0 shown as 0.
const util = require('util');
const numbers = [-0, 0, 1, -1, 999, 1000, 123456789, -123456789, 1234.5678, -0.5, 0.1234567, 1.5e-7, 1e21,
  2 ** 53, NaN, Infinity, -Infinity, 12345678901234567890n, -1000n];
for (const n of numbers) console.log(util.inspect(n, { numericSeparator: true }), util.inspect(n));
console.log(util.inspect({ a: 1234567, b: [-0, 0.000001234], c: new Map([[1e6, 2e6]]) }, { numericSeparator: true }));
