// The module's exports and the Script class's shape.
const vm = require('vm');
const nodeVm = require('node:vm');
console.log(vm === nodeVm);
console.log(Object.keys(vm).sort().join(','));
console.log(typeof vm.Script, typeof vm.Script.prototype.runInContext);
const s = new vm.Script('1 + 1');
console.log(s instanceof vm.Script, vm.createScript('2') instanceof vm.Script);
console.log(Object.keys(s), s.sourceMapURL);
console.log(Buffer.isBuffer(s.createCachedData()));
console.log(vm.constants !== undefined, typeof vm.constants.DONT_CONTEXTIFY);
