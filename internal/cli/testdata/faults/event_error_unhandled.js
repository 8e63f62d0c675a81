// stderr: report
// An 'error' event nobody listens for ends the process with node's report:
// the throw site in node:events, the error, where it was emitted.
const EventEmitter = require('events');
const ee = new EventEmitter();
console.log('before');
function fail() {
  ee.emit('error', new Error('boom'));
}
fail();
console.log('not reached');
