// Code that is not a string is turned into one, as node does.
const vm = require('vm');
console.log(vm.runInThisContext(42));
console.log(vm.runInNewContext(['1', '+', '2'].join(' ')));
console.log(vm.runInNewContext({ toString() { return '"from toString"' } }));
console.log(new vm.Script(undefined).runInThisContext());
console.log(vm.runInNewContext(null, {}));
