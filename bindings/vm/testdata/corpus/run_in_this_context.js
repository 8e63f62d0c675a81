// runInThisContext runs in the main global scope, without the module's locals.
const vm = require('vm');
const local = 'module local';
globalThis.shared = 41;
console.log(vm.runInThisContext('shared + 1'));
console.log(vm.runInThisContext('typeof local'), vm.runInThisContext('typeof require'));
vm.runInThisContext('var declared = "yes"; function declaredFn() { return 7 }');
console.log(globalThis.declared, declaredFn());
console.log(vm.runInThisContext('this === globalThis'));
console.log(vm.runInThisContext('[1, 2]') instanceof Array);
const script = new vm.Script('counter = (typeof counter === "number" ? counter : 0) + 1');
script.runInThisContext();
script.runInThisContext();
console.log(globalThis.counter);
console.log(vm.runInThisContext('Math.max(3, 9)', 'file.js'));
void local;
