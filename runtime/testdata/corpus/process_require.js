// require('process') is the global process; getBuiltinModule finds core modules.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => require('process') === process);
t(() => require('node:process') === globalThis.process);
t(() => process.getBuiltinModule('fs') === require('fs'));
t(() => process.getBuiltinModule('node:path') === require('path'));
t(() => process.getBuiltinModule('process') === process);
t(() => process.getBuiltinModule('nope'));
t(() => process.getBuiltinModule('node:nope'));
t(() => process.getBuiltinModule('internal/errors'));
t(() => process.getBuiltinModule(5));
t(() => process.mainModule === module);
t(() => require.main === module);
