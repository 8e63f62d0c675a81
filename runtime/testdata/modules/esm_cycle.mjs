import { bSaw, fromA } from './_lib/esm/cyc_a.mjs';
console.log(bSaw, fromA());
