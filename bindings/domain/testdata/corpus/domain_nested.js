// Nested domains: the innermost with a listener gets the error; a handler
// that throws passes its error to the enclosing domain.
const domain = require('domain');
const outer = domain.create();
const inner = domain.create();
const quiet = domain.create();
outer.on('error', (e) => console.log('outer got', e.message, process.domain, domain._stack.length));
inner.on('error', (e) => {
  console.log('inner got', e.message, process.domain === outer);
  if (e.message === 'rethrow') throw new Error('from inner handler');
});
outer.run(() => {
  console.log('inner.domain', inner.domain);
  inner.run(() => {
    setTimeout(() => { throw new Error('plain'); }, 1);
    setTimeout(() => { throw new Error('rethrow'); }, 5);
  });
  quiet.run(() => {
    setTimeout(() => { throw new Error('no listener on quiet'); }, 10);
  });
});
