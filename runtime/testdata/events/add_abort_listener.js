// addAbortListener: called once on abort (even if aborted already), a
// disposable that removes it, and argument errors; once() with a signal.
const { addAbortListener, once, EventEmitter } = require('events');
(async () => {
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type, ac.signal.reason.name));
  console.log(typeof disposable[Symbol.dispose]);
  ac.abort();
  ac.abort();
  const ac2 = new AbortController();
  const d2 = addAbortListener(ac2.signal, () => console.log('never'));
  d2[Symbol.dispose]();
  ac2.abort();
  addAbortListener(AbortSignal.abort('why'), (e) => console.log('already aborted', e.type));
  console.log('sync after');
  for (const bad of [() => addAbortListener(5, () => {}), () => addAbortListener(new AbortController().signal, 5)]) {
    try {
      bad();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  await new Promise((r) => setTimeout(r, 1));
  const ee = new EventEmitter();
  const ac3 = new AbortController();
  setTimeout(() => ac3.abort(), 2);
  try {
    await once(ee, 'never', { signal: ac3.signal });
  } catch (e) {
    console.log(e.name, e.code, e.message, ee.listenerCount('never'));
  }
  try {
    await once(ee, 'x', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log(e.name, e.code);
  }
  const tgt = new EventTarget();
  process.nextTick(() => tgt.dispatchEvent(new Event('ping')));
  const [ev] = await once(tgt, 'ping');
  console.log(ev.type, ev instanceof Event);
  process.nextTick(() => ee.emit('pair', 1, 2));
  console.log(await once(ee, 'pair'));
  try {
    await once(ee, 'x', { signal: 5 });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
