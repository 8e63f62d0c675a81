const ns = require('./_lib/esm/counter.mjs');
console.log(Object.keys(ns), ns.__esModule, ns.count);
ns.increment();
console.log(ns.count, require('./_lib/esm/counter.mjs') === ns);
const t = require('./_lib/typemod/esm.js');
console.log(t.viaType, typeof t.default);
try { require('./_lib/esm/tla_dep.mjs'); } catch (e) { console.log(e.code); }
try { require('./_lib/esm/throws.mjs'); } catch (e) { console.log(e.message); }
