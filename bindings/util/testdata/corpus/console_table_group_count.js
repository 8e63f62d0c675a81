console.log('%s is %d years and %i days, %f', 'Bob', 42.5, 3.9, '1.5', 'extra', { a: 1 });
console.log('%j %o %O %c|%%|%x', { a: [1] }, { b: { c: {} } }, { d: 1 }, 'color: red');
console.info('info'); console.debug('debug');
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table({ r1: { c1: 1 }, r2: { c2: [1, 2] } });
console.table([1, 'two', { three: 3 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2 }], ['b']);
console.table(new Map([['k', { v: 1 }], ['k2', 2]]));
console.table(new Set(['x', 'y']));
console.table('not tabular'); console.table([]);
console.table([{ 'long header name': 'ü€', n: null, u: undefined, s: Symbol('q'), f() {} }]);
console.group('G1'); console.log('in 1'); console.group(); console.log('in 2\nmultiline'); console.table([{ x: 1 }]); console.groupEnd(); console.info('back 1'); console.groupEnd(); console.groupEnd(); console.log('out');
console.count(); console.count(); console.count('x'); console.countReset(); console.count(); console.count('x');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' }); console.dir('str');
console.assert(true, 'never'); console.log('after assert');
const { Console } = console; const { Writable } = require('stream');
const chunks = []; const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
const c = new Console(w); c.log('to custom', 1); c.error('err custom'); c.table([{ a: 1 }]);
const c2 = new Console({ stdout: w, stderr: w }); c2.warn('warn custom');
const c3 = Console({ stdout: w }); c3.log('no new');
setImmediate(() => { console.log(JSON.stringify(chunks)); console.log(typeof console.Console, console.log.name, Object.keys(console).slice(0, 30).join(',')); });
try { new Console(); } catch (e) { console.log(e.code, e.message); }
try { new Console({}); } catch (e) { console.log(e.code, e.message); }
console.log(); console.log(''); console.log(undefined); console.log(null, 5, true);
