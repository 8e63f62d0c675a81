// import() in a vm script rejects as node's does without
// --experimental-vm-modules.
const vm = require('vm');
const show = (p) => p.then((m) => console.log('loaded', typeof m), (e) => console.log('rejected', e.name, e.code, e.message));
(async () => {
  await show(new vm.Script('import("fs")').runInThisContext());
  await show(vm.runInNewContext('import("fs")'));
  await show(new vm.Script('import("fs")', { importModuleDynamically: () => {} }).runInThisContext());
  await show(vm.compileFunction('return import("fs")')());
  await show(vm.compileFunction('return import("fs")', [], { importModuleDynamically() {} })());
  console.log(vm.runInNewContext('typeof (() => import("x"))'));
})();
