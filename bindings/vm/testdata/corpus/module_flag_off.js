// Without --experimental-vm-modules vm has no Module classes, and import()
// in a script rejects.
const vm = require('vm');

console.log(vm.Module, vm.SourceTextModule, vm.SyntheticModule, 'SourceTextModule' in vm);
const s = new vm.Script('import("x")', { importModuleDynamically() {} });
s.runInThisContext().catch((e) => console.log(e.code));
