// stderr: report
// A non-Error 'error' value becomes ERR_UNHANDLED_ERROR with the value as
// context.
const EventEmitter = require('events');
new EventEmitter().emit('error', { reason: 'bad', n: 1 });
