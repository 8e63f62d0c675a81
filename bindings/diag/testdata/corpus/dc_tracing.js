const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('op');
console.log(tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name, tc.hasSubscribers, Object.keys(tc).length);
const ctx0 = {};
console.log(tc.traceSync((a) => a * 2, ctx0, null, 21), JSON.stringify(ctx0));
const log = (ev) => (m) => console.log(ev, JSON.stringify(m, (k, v) => (v instanceof Error ? `Error(${v.message})` : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log('sync', tc.traceSync(function (a) { return a + this.b; }, { id: 1 }, { b: 2 }, 1));
try { tc.traceSync(() => { throw new Error('bad'); }, { id: 2 }); } catch (e) { console.log('caught', e.message); }
tc.tracePromise(async (v) => v, { id: 3 }, null, 'resolved').then((v) => {
  console.log('promise', v);
  return tc.tracePromise(() => Promise.reject(new Error('rejected')), { id: 4 });
}).catch((e) => {
  console.log('promise caught', e.message);
  return tc.tracePromise(() => 'thenable-less', { id: 5 });
}).then((v) => {
  console.log('non-promise', v);
  tc.traceCallback((x, cb) => setTimeout(() => cb(null, x + 1), 1), 1, { id: 6 }, null, 1, (err, res) => {
    console.log('callback', err, res);
    tc.traceCallback((cb) => cb(new Error('cb err')), 0, { id: 7 }, null, (err) => {
      console.log('callback err', err.message);
      console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
    });
  });
});
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('bad name', () => dc.tracingChannel(1));
t('bad channels', () => dc.tracingChannel({ start: 1 }));
t('channels object', () => {
  const chans = { start: dc.channel('a1'), end: dc.channel('a2'), asyncStart: dc.channel('a3'), asyncEnd: dc.channel('a4'), error: dc.channel('a5') };
  return dc.tracingChannel(chans).end === chans.end;
});
t('callback not fn', () => { const x = dc.tracingChannel('cbx'); x.subscribe({ start() {} }); return x.traceCallback((cb) => cb(), 0, {}, null, 5); });
