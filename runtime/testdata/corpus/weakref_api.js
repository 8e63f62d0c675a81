// WeakRef and FinalizationRegistry: construction, receivers, argument
// errors, tags and property names, as node 20 gives them.
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name, e.message); } };
show(() => WeakRef(1));
show(() => new WeakRef(1));
show(() => new WeakRef(Symbol('s')));
show(() => new WeakRef(Symbol.for('s')));
show(() => new WeakRef({a:1}).deref());
show(() => WeakRef.prototype.deref.call({}));
show(() => Object.prototype.toString.call(new WeakRef({})));
show(() => [typeof WeakRef, WeakRef.length, WeakRef.name, FinalizationRegistry.length]);
show(() => new FinalizationRegistry());
show(() => FinalizationRegistry(() => {}));
const fr = new FinalizationRegistry((h) => console.log('cleanup', h));
show(() => fr.register(1, 'x'));
const o = {};
show(() => fr.register(o, o));
show(() => fr.register(o, 'held', 5));
show(() => fr.register(o, 'held', {}));
show(() => fr.unregister(5));
show(() => fr.unregister({}));
const tok = {};
fr.register({}, 'a', tok);
show(() => fr.unregister(tok));
show(() => fr.unregister(tok));
show(() => Object.prototype.toString.call(fr));
show(() => Object.getOwnPropertyNames(WeakRef.prototype));
show(() => Object.getOwnPropertyNames(FinalizationRegistry.prototype));
show(() => require('util').inspect(new WeakRef({ a: 1 })));
show(() => require('util').inspect(fr));
show(() => new WeakRef({}) instanceof WeakRef);
class W extends WeakRef { constructor(t) { super(t); this.x = 1; } }
show(() => new W({q:1}).deref());
show(() => require('util').types.isWeakRef ? 'has' : 'no');
