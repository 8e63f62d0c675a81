'use strict';
// errorMonitor listeners see an 'error' before the 'error' listeners do,
// and do not count as handling it.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(typeof errorMonitor, errorMonitor.toString(), errorMonitor === require('events').errorMonitor);
const ee = new EventEmitter();
const order = [];
ee.on('error', (e) => order.push('error:' + e.message));
ee.on(errorMonitor, (e) => order.push('monitor:' + e.message));
ee.prependListener(errorMonitor, (e) => order.push('monitor-first:' + e.message));
console.log('emit returns', ee.emit('error', new Error('one')));
console.log(order.join(' '));
console.log('names', ee.eventNames().map(String), ee.listenerCount(errorMonitor));

const lone = new EventEmitter();
lone.on(errorMonitor, (e) => console.log('monitor saw', e.message));
try {
  lone.emit('error', new Error('unhandled'));
} catch (e) {
  console.log('still thrown', e.message);
}
lone.removeAllListeners(errorMonitor);
try {
  lone.emit('error', 'not an error');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
