// util.formatWithOptions passes inspect options to %o, %O, %j-less objects
// and the extra arguments, but %s and %d stay uncoloured.
const util = require('util');
const opts = { colors: true, depth: 0 };
console.log(JSON.stringify(util.formatWithOptions(opts, '%s %d %i', 'str', 42, 7n)));
console.log(JSON.stringify(util.formatWithOptions(opts, '%O', { a: { b: 1 }, c: 'x' })));
console.log(JSON.stringify(util.formatWithOptions(opts, '%o', [1, 'two'])));
console.log(JSON.stringify(util.formatWithOptions(opts, 'plain', { n: null, u: undefined, s: Symbol('s') }, 5, 'tail')));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%O', { a: 1 })));
console.log(JSON.stringify(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321, 1234.5, 98765)));
for (const bad of [null, 'x', 1]) {
  try { util.formatWithOptions(bad, 'x'); } catch (e) { console.log(e.code, e.message); }
}
