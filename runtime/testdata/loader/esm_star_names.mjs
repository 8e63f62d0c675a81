// export * from an ES module and from CommonJS: the names the link step
// sees, and a missing one.
import * as ns from './_lib/star_all.mjs';
import { rel } from './_show.mjs';
console.log(Object.keys(ns));
try { await import('./_lib/star_missing.mjs'); } catch (e) { console.log(e.name, rel(e.message)); }
