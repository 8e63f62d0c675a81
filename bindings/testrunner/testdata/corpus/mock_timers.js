// stdout: tap
// mock.timers: tick, runAll, setTime, intervals, immediates first, the
// timers and timers/promises APIs, a mocked Date, and reset putting the
// real ones back.
const { test, mock } = require('node:test');
const timers = require('node:timers');
const timersPromises = require('node:timers/promises');
const realSetTimeout = setTimeout;
const RealDate = Date;

test('tick runs due timers in order', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate'] });
  const order = [];
  setTimeout(() => order.push('t100'), 100);
  setTimeout(() => order.push('t50 a'), 50);
  setTimeout(() => order.push('t50 b'), 50);
  const id = setInterval(() => order.push('i30'), 30);
  setTimeout(() => order.push('t0'), 0);
  setImmediate((x) => order.push('imm ' + x), 'arg');
  const cleared = timers.setTimeout(() => order.push('never'), 10);
  timers.clearTimeout(cleared);
  t.mock.timers.tick(60);
  console.log(order.join(', '));
  t.mock.timers.tick(40);
  clearInterval(id);
  t.mock.timers.tick(1000);
  console.log(order.join(', '));
});

test('runAll, Date and setTime', (t) => {
  t.mock.timers.enable({ now: 1000 });
  console.log(Date.now(), new Date().getTime(), Date.isMock, new Date(5).getTime(), String(Date));
  setTimeout(() => console.log('at', Date.now()), 500);
  setInterval(() => console.log('interval at', Date.now()), 300);
  t.mock.timers.runAll();
  console.log('now', Date.now());
  t.mock.timers.setTime(50);
  console.log('set', Date.now());
});

test('timers/promises', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const p = timersPromises.setTimeout(100, 'value');
  t.mock.timers.tick(100);
  console.log(await p);
  const ac = new AbortController();
  const q = timersPromises.setTimeout(100, 'x', { signal: ac.signal });
  ac.abort();
  await q.catch((e) => console.log(e.name, e.code));
  const it = timersPromises.setInterval(10, 'tick');
  const a = it.next();
  const b = it.next();
  t.mock.timers.tick(10);
  t.mock.timers.tick(10);
  console.log(await a, await b, await it.return());
});

test('reset restores the real APIs', (t) => {
  t.mock.timers.enable();
  t.mock.timers.reset();
  console.log(setTimeout === realSetTimeout, Date === RealDate);
  t.mock.timers.enable({ apis: ['Date'] });
});

test('errors', (t) => {
  for (const f of [() => mock.timers.tick(), () => t.mock.timers.enable({ apis: ['nope'] }),
    () => t.mock.timers.enable({ now: -1 }), () => t.mock.timers.enable({ now: 'x' })]) {
    try { f(); } catch (e) { console.log(e.code); }
  }
  t.mock.timers.enable();
  try { t.mock.timers.enable(); } catch (e) { console.log(e.code); }
  try { t.mock.timers.tick(-1); } catch (e) { console.log(e.code); }
});

test('t.mock timers are reset after their test', () => {
  console.log(Date === RealDate, setTimeout === realSetTimeout);
});

test('what the mocked timers return', (t) => {
  t.mock.timers.enable({ apis: ['setInterval', 'setTimeout'] });
  const a = setTimeout(() => {}, 5, 1);
  const b = setInterval(() => {}, 10);
  console.log(a.constructor.name, Object.keys(a).slice(0, 5), a.id, a.runAt, a.interval, a.args, b.interval);
});
