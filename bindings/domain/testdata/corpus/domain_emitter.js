// Emitters created in a domain belong to it: their listeners run in it,
// and an 'error' nobody listens for goes to the domain.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
d.on('error', (e) => {
  console.log('domain error', e.message, e.domainEmitter && e.domainEmitter.name, e.domainThrown, e.domain === d, process.domain);
});
let ee;
let own;
d.run(() => {
  ee = new EventEmitter();
  ee.name = 'ee';
  own = new EventEmitter();
  own.on('error', (e) => console.log('own listener', e.message, process.domain === d));
});
const outside = new EventEmitter();
console.log('domains', ee.domain === d, own.domain === d, outside.domain, Object.keys(ee).includes('domain'));
ee.on('x', () => console.log('listener in d', process.domain === d));
ee.emit('x');
console.log('after emit', process.domain);
ee.emit('error', new Error('one'));
own.emit('error', new Error('two'));
ee.emit('error', 'a string');
ee.emit('error');
try {
  outside.emit('error', new Error('three'));
} catch (e) {
  console.log('outside throws', e.message);
}
