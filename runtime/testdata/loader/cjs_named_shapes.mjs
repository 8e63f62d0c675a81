// Which names node finds in hand-written CommonJS: object literals (up to
// the first property it cannot read), defineProperty forms, dynamic
// assignments (not found), re-exports and spreads of require().
import * as literal from 'cjs-shapes/literal.js';
import * as define from 'cjs-shapes/define.js';
import * as dynamic from 'cjs-shapes/dynamic.js';
import * as reexport from 'cjs-shapes/reexport.js';
import * as spread from 'cjs-shapes/spread.js';
import * as fn from 'cjs-shapes/fn.js';
import * as calls from 'cjs-shapes/calls.js';
import * as regex from 'cjs-shapes/regex.js';
for (const [name, ns] of Object.entries({ literal, define, dynamic, reexport, spread, fn, calls, regex })) {
  console.log(name, Object.keys(ns), Object.keys(ns).map((k) => typeof ns[k]).join(','));
}
console.log(dynamic.default.x, dynamic.default.hidden, fn.default(), fn.added);
