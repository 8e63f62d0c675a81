// The context's read-only built-ins stay as they are; the sandbox may shadow
// other built-ins.
const vm = require('vm');
const sandbox = { Math: { max: () => 'shadowed' } };
vm.createContext(sandbox);
console.log(vm.runInContext('Math.max(1, 2)', sandbox));
console.log(vm.runInContext('NaN = 5; undefined = 1; typeof NaN + " " + typeof undefined', sandbox));
console.log(Object.keys(sandbox));
console.log(vm.runInContext('typeof JSON.stringify + " " + JSON.stringify({ a: [1] })', sandbox));
console.log(vm.runInContext('parseInt("42px") + Number("1")', sandbox));
console.log(vm.runInContext('delete globalThis.Math; typeof Math', sandbox), 'Math' in sandbox);
