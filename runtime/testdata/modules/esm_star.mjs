import * as star from './_lib/esm/star.mjs';
import { alpha, count, own, CounterClass } from './_lib/esm/star.mjs';
console.log(Object.keys(star));
console.log(alpha, count, own, CounterClass.label, 'default' in star);
