// A context's promise, seen from the main context, settles in the main
// context's microtask order.
const vm = require('vm');
const ctx = vm.createContext({});
const p = vm.runInContext('Promise.resolve(5)', ctx);
p.then((v) => console.log('then', v));
console.log('sync after then');
console.log(p, vm.runInContext('new Promise(() => {})', ctx));
queueMicrotask(() => console.log('microtask'));
const q = vm.runInContext('Promise.reject(new Error("r"))', ctx);
q.catch((e) => console.log('caught', e.message));
const kept = vm.runInContext('globalThis.kept = Promise.resolve(1); kept', ctx);
console.log(kept === ctx.kept, vm.runInContext('kept', ctx) === kept);
ctx.back = kept;
console.log(vm.runInContext('back === kept', ctx));
