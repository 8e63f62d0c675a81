// The module's exports and the error cases of start().
const repl = require('repl');
console.log(Object.keys(repl).sort().join(','));
console.log(typeof repl.start, typeof repl.REPLServer, typeof repl.Recoverable);
console.log(typeof repl.REPL_MODE_SLOPPY, typeof repl.REPL_MODE_STRICT, repl.REPL_MODE_SLOPPY === repl.REPL_MODE_STRICT);
console.log(repl.REPL_MODE_SLOPPY.toString(), repl.REPL_MODE_STRICT.toString());
console.log(Array.isArray(repl.builtinModules), repl.builtinModules.includes('fs'), repl.builtinModules.includes('repl'));
console.log(repl.writer === require('util').inspect, typeof repl.writer.options);
const e = new repl.Recoverable(new SyntaxError('x'));
console.log(e instanceof SyntaxError, e.err.message);
console.log(Object.getPrototypeOf(repl.REPLServer.prototype) === require('readline').Interface.prototype);
console.log(require('node:repl') === repl);
