const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (ev, fn) => log.push('new:' + String(ev) + ':' + (fn.name || 'anon')));
e.on('removeListener', (ev, fn) => log.push('rm:' + String(ev) + ':' + (fn.name || 'anon')));
function a(x) { log.push('a' + x); }
function b(x) { log.push('b' + x); }
function c(x) { log.push('c' + x); }
e.on('x', a);
e.addListener('x', b);
e.prependListener('x', c);
e.once('x', function onceA(x) { log.push('once' + x); });
e.prependOnceListener('x', function onceP(x) { log.push('oncep' + x); });
console.log(e.listenerCount('x'), e.listeners('x').map(f => f.name));
console.log(e.rawListeners('x').map(f => f.name));
console.log(e.emit('x', 1), e.emit('x', 2), e.emit('nothing'));
console.log(log);
log.length = 0;
e.off('x', a);
e.removeListener('x', a);
console.log(e.listeners('x').map(f => f.name), log);
console.log(e.eventNames());
e.removeAllListeners('x');
console.log(e.eventNames(), log);
e.removeAllListeners();
console.log(e.eventNames(), log);
const sym = Symbol('s');
e.on(sym, a);
e.on('y', b);
console.log(e.eventNames());
console.log(e.listenerCount('y', b), e.listenerCount('y', a));
console.log(EventEmitter.listenerCount(e, 'y'));
console.log(typeof e.on('z', a), e.on('z', a) === e);
// removal during emit does not affect current emit
const f = new EventEmitter();
function r1() { console.log('r1'); f.removeListener('q', r2); }
function r2() { console.log('r2'); }
f.on('q', r1); f.on('q', r2);
f.emit('q'); f.emit('q');
// once raw listener
const g = new EventEmitter();
g.once('w', function w1() { console.log('w1 called', this === g); });
const raw = g.rawListeners('w')[0];
console.log(raw.listener.name, g.listenerCount('w'));
raw();
console.log(g.listenerCount('w'));
g.emit('w');
console.log(g._eventsCount, Object.keys(g._events));
