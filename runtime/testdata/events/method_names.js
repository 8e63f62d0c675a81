'use strict';
// Every method of EventEmitter.prototype carries its own name (on and off
// are addListener and removeListener under a second name).
const EventEmitter = require('events');

const proto = EventEmitter.prototype;
console.log('on is addListener', proto.on === proto.addListener);
console.log('off is removeListener', proto.off === proto.removeListener);
for (const name of Object.getOwnPropertyNames(proto).sort()) {
  if (typeof proto[name] !== 'function') continue;
  console.log(name, JSON.stringify(proto[name].name), proto[name].length);
}
const e = new EventEmitter();
e.setMaxListeners(3);
console.log('max', e.getMaxListeners(), new EventEmitter().getMaxListeners());
e.prependListener('x', () => console.log('second'));
e.prependOnceListener('x', () => console.log('first'));
e.emit('x');
console.log(e.listeners('x').length, e.rawListeners('x').length);
