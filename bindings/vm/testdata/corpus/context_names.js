// createContext returns its argument; a contextified object stays one.
const vm = require('vm');
const o = {};
console.log(vm.createContext(o) === o, vm.createContext(o) === o);
const made = vm.createContext();
console.log(typeof made, vm.isContext(made), Object.keys(made));
console.log(vm.createContext({}, { name: 'named', origin: 'https://example.org' }) !== undefined);
console.log(vm.runInNewContext('1', undefined, 'file.js'));
const frozen = Object.freeze({ k: 1 });
console.log(vm.isContext(vm.createContext(frozen)), vm.runInContext('k', frozen));
const arr = [1, 2];
console.log(vm.isContext(vm.createContext(arr)), vm.runInContext('length', arr));
