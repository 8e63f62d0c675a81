import events = require('events');
const dep: { alpha: number } = require('./_lib/esm/cjs_dep.cjs');
class Box<T> { constructor(public value: T) {} }
console.log(typeof events.EventEmitter, dep.alpha, new Box<string>('v').value);
console.log(typeof module, typeof exports, __filename.endsWith('.cts') || __filename.endsWith('.cjs'));
