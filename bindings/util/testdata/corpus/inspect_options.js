const util = require('util');
const obj = { b: [3, 2, 1], a: { z: { y: { x: { w: 1 } } } }, s: 'str', n: null, m: new Map([['k', [1, 2]]]) };
for (const opts of [{}, { depth: 0 }, { depth: 1 }, { depth: null }, { compact: false }, { compact: 1 }, { breakLength: 20 }, { breakLength: Infinity }, { sorted: true }, { colors: true }, { maxArrayLength: 2 }, { maxStringLength: 2 }, { numericSeparator: true }]) {
  console.log(JSON.stringify(opts), util.inspect({ ...obj, big: 1234567.891 }, opts));
}
console.log(util.inspect(obj, false, 0, true));
console.log(util.inspect('str', { colors: true }), util.inspect(5, { colors: true }), util.inspect(null, { colors: true }), util.inspect(undefined, { colors: true }), util.inspect(Symbol('c'), { colors: true }), util.inspect(new Date(0), { colors: true }), util.inspect(/re/, { colors: true }));
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions.depth = 2;
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), typeof util.inspect.colors.red, util.inspect.styles.number);
