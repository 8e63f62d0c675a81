// run and exit return the callback's value, pass arguments, and restore the
// store when the callback throws.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

console.log(als.run(1, (a, b) => a + b + als.getStore(), 10, 20));
console.log(als.exit((x) => [x, als.getStore()], 'arg'));
try {
  als.run(2, () => { throw new Error('boom'); });
} catch (e) {
  console.log('caught', e.message, als.getStore());
}
als.run(3, () => {
  try {
    als.run(4, () => { throw new Error('inner'); });
  } catch (e) {
    console.log('inner caught', als.getStore());
  }
});
try {
  als.run(5);
} catch (e) {
  console.log(e instanceof TypeError);
}
console.log(require('util').inspect(als, { depth: 0 }).split('\n')[0]);
