// node:module from an ES module: createRequire(import.meta.url).
import { createRequire, isBuiltin, builtinModules } from 'node:module';
import Module from 'module';
const require = createRequire(import.meta.url);
console.log(require('./_fixtures/sub/helper.js').from, require('./_fixtures/data.json').x);
console.log(isBuiltin('node:fs'), builtinModules === Module.builtinModules, Module.createRequire === createRequire);
console.log(require('fs') === require('node:fs'), typeof require.resolve);
