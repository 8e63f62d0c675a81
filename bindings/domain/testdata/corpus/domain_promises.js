// Promise reactions and async functions run in the domain they were
// scheduled from; a rejection is not a domain error.
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => console.log('domain error', e.message));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message, process.domain));
d.run(() => {
  Promise.resolve(1).then((v) => console.log('then', v, process.domain === d));
  (async () => {
    await null;
    console.log('after await', process.domain === d);
    await new Promise((r) => setTimeout(r, 1));
    console.log('after timer await', process.domain === d);
    throw new Error('rejected');
  })();
});
Promise.resolve().then(() => console.log('outside then', process.domain));
