// process is an EventEmitter too; warnings emitted through it arrive
// asynchronously, after the current tick.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, process.listenerCount('nothing'));
process.on('warning', (w) => console.log('warning', w.name, w.message, w.code));
process.emitWarning('custom message', 'MyWarning', 'MY_CODE');
process.emitWarning(new Error('error warning'));
process.emitWarning('deprecated thing', { type: 'DeprecationWarning', code: 'DEP0XXX' });
const e = new EventEmitter();
const sym = Symbol('evt');
e.on(sym, (x) => console.log('symbol event', x));
e.emit(sym, 'payload');
const seen = [];
e.on('newListener', (name) => seen.push(String(name)));
e.once('a', () => {});
e.prependListener('b', () => {});
console.log(seen);
console.log('sync end');
process.on('exit', () => console.log('exit listeners', process.listenerCount('exit')));
