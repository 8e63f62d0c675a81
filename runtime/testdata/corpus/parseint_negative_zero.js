'use strict';
// parseInt keeps the sign of a negative zero, and util.format's %i with it.
const util = require('util');

for (const v of ['-0', '-0.5', '  -0', '-0x0', '+0', '0', '-', '-1', -0.5, -0, '\n-0.9e3']) {
  const n = parseInt(v);
  console.log(JSON.stringify(v), Object.is(n, -0) ? '-0' : String(n), Object.is(Number.parseInt(v, 16), -0));
}
console.log(Number.parseInt === parseInt, parseInt.name, parseInt.length);
console.log(util.format('%i %i %i %d', -0.5, 0.5, '-0', -0));
try {
  parseInt(Symbol('s'));
} catch (e) {
  console.log(e.name);
}
