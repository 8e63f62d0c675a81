// env: NODE_DEBUG=alpha,be*
const util = require('util');
const a = util.debuglog('alpha'); const b = util.debuglog('beta'); const c = util.debuglog('gamma');
console.log(a.enabled, b.enabled, c.enabled, typeof util.debug);
a('written to stderr %d', 1); c('never');
util.debuglog('beta', (fn) => console.log('callback got', typeof fn))('x');
console.log(JSON.stringify(util.styleText(['bold', 'red'], 'hi')), JSON.stringify(util.styleText('red', 'plain when piped')), JSON.stringify(util.styleText('green', 'v', { validateStream: false })));
for (const bad of [['nope', 'x'], ['red', 5]]) { try { util.styleText(...bad); } catch (e) { console.log(e.code, e.message.slice(0, 70)); } }
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-4095), util.getSystemErrorName(-99999));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap().size > 50);
for (const bad of [2, 'x', 1.5]) { try { util.getSystemErrorName(bad); } catch (e) { console.log(e.code, e.message); } }
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('ok'), util.isDeepStrictEqual([1, { a: new Set([1]) }], [1, { a: new Set([1]) }]));
const e = util._errnoException(-2, 'open'); console.log(e.message, e.code, e.errno, e.syscall);
console.log(util.format('%s:%s', 'a'), util.formatWithOptions({ colors: true }, '%O', { a: 1 }));
