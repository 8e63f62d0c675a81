// getEventListeners and setMaxListeners/getMaxListeners on EventEmitters
// and EventTargets.
const { EventEmitter, getEventListeners, setMaxListeners, getMaxListeners } = require('events');
const ee = new EventEmitter();
const f = () => {};
ee.on('x', f);
ee.once('x', f);
console.log(getEventListeners(ee, 'x').length, getEventListeners(ee, 'x')[1] === f, getEventListeners(ee, 'y'));
const et = new EventTarget();
const g = () => {};
const h = { handleEvent() {} };
et.addEventListener('foo', g);
et.addEventListener('foo', h);
et.addEventListener('foo', g);
console.log(getEventListeners(et, 'foo'), getEventListeners(et, 'bar'));
et.removeEventListener('foo', g);
console.log(getEventListeners(et, 'foo').length);
const ac = new AbortController();
console.log(getEventListeners(ac.signal, 'abort'));
setMaxListeners(5, et, ee);
console.log(getMaxListeners(et), getMaxListeners(ee), ee.getMaxListeners());
console.log(getMaxListeners(new EventTarget()), getMaxListeners(new EventEmitter()));
for (const bad of [() => getEventListeners(5, 'x'), () => setMaxListeners(-1), () => getMaxListeners(5)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
