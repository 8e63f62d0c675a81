// compileFunction compiles a function body with parameters, extensions in
// scope, in the main context or another one.
const vm = require('vm');
const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(typeof add, add.name, add.length, add(2, 3));
const withExt = vm.compileFunction('return x * y + (typeof z)', ['y'], { contextExtensions: [{ x: 6 }, { z: 1 }] });
console.log(withExt(7));
const noParams = vm.compileFunction('return typeof require');
console.log(noParams());
const ctx = vm.createContext({ base: 10 });
const inCtx = vm.compileFunction('return base + n', ['n'], { parsingContext: ctx });
console.log(inCtx(5));
const makesArray = vm.compileFunction('return []', [], { parsingContext: ctx });
console.log(makesArray() instanceof Array, Array.isArray(makesArray()));
const strict = vm.compileFunction('"use strict"; return this', []);
console.log(strict());
const args = vm.compileFunction('return arguments.length', []);
console.log(args(1, 2, 3));
