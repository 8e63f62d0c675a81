// CustomEvent: detail, the constructor's checks, the brand check of
// detail, dispatch through EventTarget, and how util.inspect shows it.
const util = require('util');

const e = new CustomEvent('foo', { detail: { a: 1 }, cancelable: true });
console.log(util.inspect(e).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
console.log(e.detail, e.type, e.cancelable, e.bubbles, e instanceof Event, e instanceof CustomEvent);
for (const opts of [undefined, null, {}, { detail: undefined }, { detail: null }, { detail: 0 }, { detail: 'd' }]) {
  console.log(util.inspect(opts), new CustomEvent('x', opts).detail);
}
for (const opts of [5, 'str', true, 1n, Symbol('s'), [], function f() {}]) {
  try { new CustomEvent('x', opts); } catch (er) { console.log(er.name, er.code, er.message); }
}
try { new CustomEvent(); } catch (er) { console.log(er.name, er.code, er.message); }
try { CustomEvent('x'); } catch (er) { console.log(er.name, er.code); }
const get = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
for (const self of [new Event('x'), {}, null]) {
  try { get.call(self); } catch (er) { console.log(er.name, er.code, er.message); }
}
console.log(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable, Object.getOwnPropertyDescriptor(CustomEvent.prototype, Symbol.toStringTag));
console.log(String(e), CustomEvent.length, CustomEvent.name, Object.getPrototypeOf(CustomEvent) === Event, Object.keys(CustomEvent.prototype));
console.log(util.inspect(e, { depth: -1 }), util.inspect([[e]], { depth: 0 }), Object.keys(e), JSON.stringify(e));
const desc = Object.getOwnPropertyDescriptor(globalThis, 'CustomEvent');
console.log(desc.enumerable, desc.configurable);

const t = new EventTarget();
t.addEventListener('foo', (ev) => {
  console.log('got', ev.type, ev.detail, ev.target === t, ev.eventPhase);
  ev.preventDefault();
});
console.log('dispatch', t.dispatchEvent(e), e.defaultPrevented, e.detail);
class Sub extends CustomEvent {}
const s = new Sub('sub', { detail: [1, 2] });
console.log(s.detail, Object.prototype.toString.call(s), util.inspect(s).split('\n')[0]);
try { e[util.inspect.custom].call({}, 2, {}, util.inspect); } catch (er) { console.log(er.name, er.code, er.message); }
