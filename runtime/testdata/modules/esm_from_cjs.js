console.log('start');
import('./_lib/esm/counter.mjs').then(ns => {
  console.log('esm ns', Object.keys(ns), ns.default.label);
  return import('./_lib/esm/cjs_dep.cjs');
}).then(ns => {
  console.log('cjs ns', Object.keys(ns), ns.default.alpha);
  return import('./_lib/typemod/esm.js');
}).then(ns => console.log(ns.viaType, ns.default()));
import('./_lib/esm/nope.mjs').catch(e => console.log('rejected', e.code));
console.log('end of main');
