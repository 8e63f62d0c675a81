// enterWith sets the store for the rest of the current execution and what it
// schedules; exit and disable hide it.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

console.log(als.getStore());
setTimeout(() => {
  als.enterWith('in timer');
  console.log('timer', als.getStore());
  setTimeout(() => console.log('scheduled after enterWith', als.getStore()), 1);
}, 1);
setTimeout(() => console.log('other timer', als.getStore()), 1);
als.enterWith({ top: true });
console.log('top', als.getStore());
als.exit(() => console.log('exit', als.getStore()));
console.log('after exit', als.getStore());
process.nextTick(() => console.log('tick', als.getStore()));
const other = new AsyncLocalStorage();
other.run(7, () => console.log('two storages', als.getStore(), other.getStore()));
console.log('other outside', other.getStore());
als.disable();
console.log('disabled', als.getStore());
als.run('again', () => console.log('run re-enables', als.getStore()));
