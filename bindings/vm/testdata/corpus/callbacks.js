// Functions cross both ways: the context calls main functions and main code
// calls the context's, with this, arguments and exceptions carried across.
const vm = require('vm');
const seen = [];
const ctx = vm.createContext({
  log: (...args) => seen.push(args.join(' ')),
  twice(fn) { return fn(fn(1)) },
  fail() { throw new TypeError('main failure') },
});
vm.runInContext('log("hello", 1, true)', ctx);
console.log(vm.runInContext('twice(x => x + 10)', ctx));
console.log(vm.runInContext('try { fail() } catch (e) { e.name + ": " + e.message + " " + (e instanceof TypeError) }', ctx));
const obj = vm.runInContext('({ v: 5, get() { return this.v } })', ctx);
console.log(obj.get());
const thrower = vm.runInContext('(function () { throw new RangeError("ctx failure") })', ctx);
try { thrower() } catch (e) { console.log(e.name, e.message, e instanceof RangeError) }
console.log(seen);
console.log(vm.runInContext('[1, 2, 3].map(log).length', ctx), seen.length);
