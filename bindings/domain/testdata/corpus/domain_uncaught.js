// A domain without an 'error' listener leaves the error uncaught: the
// process's 'uncaughtException' listener gets it, outside any domain.
const domain = require('domain');
const d = domain.create();
process.on('uncaughtException', (e, origin) => {
  console.log('uncaught', e.message, origin, e.domain === d, e.domainThrown, process.domain, domain._stack.length);
});
d.run(() => {
  setTimeout(() => {
    console.log('in d', process.domain === d);
    throw new Error('nobody listens');
  }, 1);
});
setTimeout(() => {
  d.on('error', (e) => console.log('now d listens', e.message));
  d.run(() => setImmediate(() => { throw new Error('second'); }));
}, 10);
