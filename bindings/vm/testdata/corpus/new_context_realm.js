// A new context has its own built-ins: values made there are not instances of
// the main context's constructors, though they look the same.
const vm = require('vm');
const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr), arr.length, arr[1]);
console.log(arr);
const obj = vm.runInNewContext('({ a: 1, nested: { b: [true, null] } })');
console.log(obj instanceof Object, obj, JSON.stringify(obj));
console.log(vm.runInNewContext('Object') === Object);
const fn = vm.runInNewContext('(function add(x, y) { return x + y })');
console.log(typeof fn, fn.name, fn.length, fn(2, 3), fn instanceof Function);
console.log(vm.runInNewContext('x instanceof Array', { x: [] }));
console.log(vm.runInNewContext('Array.isArray(x)', { x: [] }));
const C = vm.runInNewContext('(class Point { constructor(x) { this.x = x } get double() { return this.x * 2 } })');
const p = new C(4);
console.log(p.x, p.double, p instanceof C);
console.log(vm.runInNewContext('typeof require + " " + typeof process + " " + typeof console'));
