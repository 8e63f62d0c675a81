// Objects keep their identity when they cross into a context and back.
const vm = require('vm');
const shared = { n: 1 };
const ctx = vm.createContext({ shared, check(o) { return o === shared } });
console.log(vm.runInContext('shared', ctx) === shared);
console.log(vm.runInContext('check(shared)', ctx));
const made = vm.runInContext('globalThis.made = { k: 1 }; made', ctx);
console.log(made === ctx.made, vm.runInContext('made', ctx) === made);
ctx.back = made;
console.log(vm.runInContext('back === made', ctx));
vm.runInContext('shared.n += 1; shared.added = [1]', ctx);
console.log(shared);
const m = new Map([[1, 'one']]);
ctx.m = m;
console.log(vm.runInContext('m.get(1)', ctx));
