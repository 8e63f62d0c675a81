const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const tc = dc.tracingChannel('stored');
tc.start.bindStore(als, (ctx) => ({ op: ctx.op }));
tc.subscribe({
  end(ctx) { console.log('end', ctx.op, JSON.stringify(als.getStore())); },
  asyncStart(ctx) { console.log('asyncStart', ctx.op, JSON.stringify(als.getStore()), ctx.result); },
  asyncEnd(ctx) { console.log('asyncEnd', ctx.op); },
  error(ctx) { console.log('error', ctx.op, ctx.error.message); },
});
const r = tc.traceSync(() => { console.log('sync store', JSON.stringify(als.getStore())); return 1; }, { op: 'sync' });
console.log('result', r, als.getStore());
tc.tracePromise(async () => {
  console.log('promise store', JSON.stringify(als.getStore()));
  await null;
  console.log('after await', JSON.stringify(als.getStore()));
  return 'done';
}, { op: 'promise' }).then((v) => {
  console.log('then', v, als.getStore());
  return tc.tracePromise(async () => { throw new Error('nope'); }, { op: 'rejects' });
}).catch((e) => console.log('caught', e.message));
