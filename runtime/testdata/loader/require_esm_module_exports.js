// require() of an ES module that exports the name "module.exports" gives
// that value; import() still gives the namespace, with every string name.
const f = require('modexp');
console.log(typeof f, f.name, f());
const p = require('modexp/plain');
console.log(typeof p, p.name, p(), p.extra);
import('modexp/plain').then((ns) => {
  console.log(Object.keys(ns), ns['a-b c'] === ns['module.exports'], ns.extra);
  return import('modexp');
}).then((ns) => console.log(Object.keys(ns), ns.default.name));
