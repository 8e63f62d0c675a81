import Counter, { count, increment } from './_lib/esm/counter.mjs';
import * as ns from './_lib/esm/counter.mjs';
console.log(count, Counter.label, Counter.name);
increment(); increment();
console.log(count, ns.count, Object.keys(ns));
console.log(Object.prototype.toString.call(ns), typeof require, typeof module, this);
console.log(import.meta.url.endsWith('/esm_basic.mjs'), import.meta.filename.slice(import.meta.dirname.length));
console.log(import.meta.resolve('./_lib/esm/counter.mjs').slice(-22));
try { Object.defineProperty(ns, 'count', { value: 5 }); } catch (e) { console.log(e.name); }
console.log(Reflect.set(ns, 'count', 1), Reflect.deleteProperty(ns, 'nothing'), Reflect.deleteProperty(ns, 'count'), 'count' in ns);
