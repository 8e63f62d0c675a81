// A timeout stops a runaway script with ERR_SCRIPT_EXECUTION_TIMEOUT, and the
// context stays usable.
const vm = require('vm');
const ctx = vm.createContext({ n: 0 });
try {
  vm.runInContext('while (true) { n++ }', ctx, { timeout: 30 });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(ctx.n > 0, vm.runInContext('n = 1; n + 1', ctx));
try {
  vm.runInThisContext('for (;;) {}', { timeout: 20 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  new vm.Script('while (true);').runInNewContext({}, { timeout: 10 });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(vm.runInThisContext('"still running"', { timeout: 1000 }));
console.log(vm.runInNewContext('x * 2', { x: 21 }, { timeout: 1000 }));
