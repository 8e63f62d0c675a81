// MaxListenersExceededWarning for EventTargets: the default, per-target limits
// from setMaxListeners, once per target, and 0 for no limit.
const events = require('events');
process.on('warning', (w) => console.log('warning', w.name, w.message, w.count, w.type, w.target && w.target.constructor.name));
const ac = new AbortController();
for (let i = 0; i < 12; i++) ac.signal.addEventListener('abort', () => {});
const et = new EventTarget();
events.setMaxListeners(2, et);
for (let i = 0; i < 4; i++) et.addEventListener('foo', () => {});
for (let i = 0; i < 4; i++) et.addEventListener('bar', () => {});
const et2 = new EventTarget();
events.setMaxListeners(0, et2);
for (let i = 0; i < 20; i++) et2.addEventListener('foo', () => {});
const f = () => {};
const et3 = new EventTarget();
for (let i = 0; i < 20; i++) et3.addEventListener('same', f);
events.defaultMaxListeners = 1;
const et4 = new EventTarget();
et4.addEventListener('x', () => {});
et4.addEventListener('x', () => {});
events.setMaxListeners(3);
const et5 = new EventTarget();
for (let i = 0; i < 4; i++) et5.addEventListener('y', () => {});
console.log(events.getMaxListeners(et5), events.getMaxListeners(et));
