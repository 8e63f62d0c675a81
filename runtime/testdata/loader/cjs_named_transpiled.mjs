// Named imports from CommonJS that transpilers emit: esbuild's annotation,
// TypeScript's defineProperty getters and __exportStar, Babel's re-export loop.
import { greet, version } from 'cjs-shapes/esbuild.js';
import * as esb from 'cjs-shapes/esbuild.js';
import { VERSION, helper, a, helperFn } from 'cjs-shapes/tsc.js';
import * as tsc from 'cjs-shapes/tsc.js';
import { own, viaGetter, viaMethod } from 'cjs-shapes/babel.js';
import * as babel from 'cjs-shapes/babel.js';
console.log(greet('you'), version, Object.keys(esb));
console.log(VERSION, helper(), a, helperFn(), Object.keys(tsc));
console.log(own, viaGetter, viaMethod, Object.keys(babel));
console.log(esb.default === (await import('cjs-shapes/esbuild.js')).default, typeof esb.default.greet);
