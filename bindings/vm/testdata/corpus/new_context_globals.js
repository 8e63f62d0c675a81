// A contextified object's properties are the context's globals, and what the
// code declares or assigns globally lands on the object.
const vm = require('vm');
const sandbox = { a: 1, list: [1, 2] };
const ctx = vm.createContext(sandbox);
console.log(ctx === sandbox, vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInContext('a + list.length', ctx));
vm.runInContext('var b = a + 1; function f() { return b * 10 } c = 3; this.d = 4; let hidden = 5; list.push(3)', ctx);
console.log(Object.keys(sandbox));
console.log(sandbox.b, sandbox.c, sandbox.d, typeof sandbox.f, sandbox.f(), sandbox.hidden, sandbox.list);
console.log(vm.runInContext('hidden', ctx));
sandbox.a = 100;
console.log(vm.runInContext('a', ctx));
delete sandbox.c;
console.log(vm.runInContext('typeof c', ctx));
console.log(vm.runInContext('Object.keys(globalThis).join()', ctx));
console.log(vm.runInContext('typeof globalThis.Array', ctx), vm.runInContext('globalThis === this', ctx));
