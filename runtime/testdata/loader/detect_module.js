// A .js file whose package sets no "type" runs as an ES module when it
// uses module syntax, as node 20 detects it; CommonJS stays CommonJS.
import { show, showAsync } from './_show.mjs';
import detected, { kind } from './_lib/detected.js';
console.log(typeof require, typeof module, typeof exports, import.meta.url.endsWith('/detect_module.js'));
console.log(detected, kind);
const plain = await import('./_lib/not_detected.js');
console.log(plain.default.kind, plain.default.import.export);
await import('./_lib/detected_tla.js');
await showAsync('explicit commonjs', async () => (await import('./_lib/cjs_scope/esm_syntax.js')).x);
const cjs = await import('./_lib/require_detected.cjs');
console.log(cjs.default);
