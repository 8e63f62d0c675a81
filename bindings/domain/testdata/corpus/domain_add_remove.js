// add and remove: an emitter made elsewhere joins a domain.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
const d2 = domain.create();
d.on('error', (e) => console.log('d got', e.message, e.domainEmitter === ee));
d2.on('error', (e) => console.log('d2 got', e.message));
const ee = new EventEmitter();
d.add(ee);
console.log(ee.domain === d, d.members.length, d.members[0] === ee);
d.add(ee);
console.log('added twice', d.members.length);
ee.emit('error', new Error('first'));
d2.add(ee);
console.log('moved', ee.domain === d2, d.members.length, d2.members.length);
ee.emit('error', new Error('second'));
d2.remove(ee);
console.log('removed', ee.domain, d2.members.length);
try {
  ee.emit('error', new Error('third'));
} catch (e) {
  console.log('thrown', e.message);
}
const t = setTimeout(() => {}, 1);
d.add(t);
console.log('timer added', t.domain === d, d.members.includes(t));
d.remove(t);
// Domains in a circle are refused.
const outer = domain.create();
const inner = domain.create();
outer.add(inner);
inner.add(outer);
console.log('circle', inner.domain === outer, outer.domain, inner.members.length);
