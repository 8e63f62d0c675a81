// A store follows timers, intervals, immediates and nextTick, each in the
// context it was scheduled from.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

als.run('a', () => {
  setTimeout(() => {
    console.log('timeout', als.getStore());
    als.run('b', () => setTimeout(() => console.log('nested timeout', als.getStore()), 1));
    setImmediate(() => console.log('immediate from timeout', als.getStore()));
  }, 1);
  let n = 0;
  const iv = setInterval(() => {
    console.log('interval', n, als.getStore());
    if (++n === 3) clearInterval(iv);
  }, 2);
  process.nextTick(() => {
    console.log('tick', als.getStore());
    process.nextTick(() => console.log('tick in tick', als.getStore()));
  });
});
console.log('outside', als.getStore());
setImmediate(() => console.log('immediate outside', als.getStore()));
