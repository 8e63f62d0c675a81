// stderr: report
// The report names the emitter's class, and the error's own properties
// follow its stack.
const EventEmitter = require('events');
class Pump extends EventEmitter {}
const p = new Pump();
setTimeout(() => {
  const e = new Error('pump failed');
  e.code = 'EPUMP';
  e.attempts = 3;
  p.emit('error', e);
}, 1);
