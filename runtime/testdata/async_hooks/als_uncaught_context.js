// 'uncaughtException', 'uncaughtExceptionMonitor' and 'unhandledRejection'
// listeners run in the context of what threw: a timer's, an immediate's,
// a tick's, a rejected promise's (async functions, awaited chains); a
// queueMicrotask callback's error is reported outside its context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('uncaughtExceptionMonitor', (e) => { console.log('monitor', e.message, als.getStore()); });
process.on('uncaughtException', (e) => { console.log('uncaught', e.message, als.getStore()); });
process.on('unhandledRejection', (e) => { console.log('unhandled', e.message, als.getStore()); });
als.run({ id: 1 }, () => { setTimeout(() => { throw new Error('timer'); }, 200); });
als.run({ id: 2 }, () => { Promise.reject(new Error('reject')); });
als.run({ id: 3 }, () => { process.nextTick(() => { throw new Error('tick'); }); });
als.run({ id: 'af' }, async () => { await null; throw new Error('async-fn'); });
als.run({ id: 'awaited' }, async () => { await Promise.resolve(); await Promise.reject(new Error('awaited')); });
als.run({ id: 'qm' }, () => { queueMicrotask(() => { throw new Error('qm'); }); });
als.run({ id: 'top' }, () => {
  setTimeout(() => {
    als.run({ id: 'imm' }, () => { setImmediate(() => { throw new Error('imm'); }); });
    als.enterWith({ id: 'entered' });
    throw new Error('entered');
  }, 300);
});
