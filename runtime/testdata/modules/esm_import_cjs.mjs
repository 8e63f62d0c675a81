import dep, { alpha, beta, gamma } from './_lib/esm/cjs_dep.cjs';
import greet, { extra } from './_lib/esm/cjs_fn.cjs';
import * as nsDep from './_lib/esm/cjs_dep.cjs';
import data from './_lib/data.json' with { type: 'json' };
import pkg from './_nm/node_modules/pkg/lib/main.js';
console.log(dep, alpha, beta(), gamma);
console.log(greet('there'), extra, Object.keys(nsDep), nsDep.default === dep);
console.log(data, pkg);
