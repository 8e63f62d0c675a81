// Bad arguments get node's errors.
const vm = require('vm');
const attempts = [
  () => vm.isContext(1),
  () => vm.isContext(null),
  () => vm.runInContext('1', {}),
  () => vm.runInContext('1', 5),
  () => vm.createContext(1),
  () => vm.createContext('x'),
  () => vm.createContext({}, { name: 5 }),
  () => vm.createContext({}, { microtaskMode: 'never' }),
  () => vm.createContext({}, { codeGeneration: { strings: 1 } }),
  () => vm.runInNewContext('1', {}, { microtaskMode: 5 }),
  () => new vm.Script('1', 5),
  () => new vm.Script('1', { filename: 1 }),
  () => new vm.Script('1', { lineOffset: 'a' }),
  () => new vm.Script('1', { columnOffset: 1.5 }),
  () => new vm.Script('1', { cachedData: 'x' }),
  () => new vm.Script('1', { produceCachedData: 1 }),
  () => vm.runInThisContext('1', { timeout: -1 }),
  () => vm.runInThisContext('1', { timeout: 0 }),
  () => vm.runInThisContext('1', { timeout: 1.5 }),
  () => vm.runInThisContext('1', { displayErrors: 'no' }),
  () => vm.runInThisContext('1', { breakOnSigint: 1 }),
  () => new vm.Script('1').runInContext({}),
  () => new vm.Script('1').runInThisContext(7),
  () => vm.compileFunction(1),
  () => vm.compileFunction('', 'a'),
  () => vm.compileFunction('', [1]),
  () => vm.compileFunction('', [], { contextExtensions: {} }),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => vm.compileFunction('', [], { parsingContext: {} }),
  () => vm.compileFunction('', [], { filename: 2 }),
  () => vm.compileFunction('', [], { lineOffset: -1 }),
];
for (const f of attempts) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
