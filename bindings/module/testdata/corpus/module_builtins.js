// isBuiltin and builtinModules; require('module') is the Module class.
const Module = require('module');
const { isBuiltin, builtinModules } = Module;
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => [isBuiltin('fs'), isBuiltin('node:fs'), isBuiltin('fs/promises'), isBuiltin('node:path/posix')]);
t(() => [isBuiltin('nope'), isBuiltin('node:nope'), isBuiltin(5), isBuiltin(), isBuiltin('fs/'), isBuiltin('internal/errors')]);
t(() => Array.isArray(builtinModules) && builtinModules.length > 10);
t(() => builtinModules.every((m) => isBuiltin(m) && isBuiltin('node:' + m)));
t(() => builtinModules.every((m) => typeof require(m) !== 'undefined'));
t(() => builtinModules.filter((m) => ['fs', 'path', 'module', 'url', 'util', 'events', 'querystring'].includes(m)));
t(() => builtinModules.some((m) => m.startsWith('node:') || m.startsWith('internal/')));
t(() => [Module.Module === Module, Module.builtinModules === builtinModules, typeof Module.createRequire]);
t(() => require('node:module') === Module);
t(() => typeof Module.syncBuiltinESMExports());
