// An unhandled 'error' event goes to an uncaughtException listener, which
// keeps the process alive: no report.
const EventEmitter = require('events');
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin, Object.keys(err));
});
new EventEmitter().emit('error', new Error('handled'));
setTimeout(() => console.log('still running'), 1);
