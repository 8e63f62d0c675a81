// __esModule interop: node's default import is module.exports itself.
import def, { named, __esModule } from 'cjs-shapes/esmodule.js';
import * as ns from 'cjs-shapes/esmodule.js';
console.log(typeof def, typeof def.default, def.default(), named, __esModule);
console.log(Object.keys(ns), ns.default === def);
