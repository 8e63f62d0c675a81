// events.on: an async iterator with signal, close, highWaterMark and
// lowWaterMark options, over EventEmitters and EventTargets.
const { on, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('data', 1); ee.emit('data', 2); ee.emit('end'); });
  const ac = new AbortController();
  let n = 0;
  try {
    for await (const [v] of on(ee, 'data', { signal: ac.signal })) {
      console.log('on', v);
      if (++n === 2) ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log('listeners left', ee.listenerCount('data'), ee.listenerCount('error'));
  process.nextTick(() => { ee.emit('foo', 'a'); ee.emit('foo', 'b'); ee.emit('close'); });
  for await (const [v] of on(ee, 'foo', { close: ['close'] })) console.log('foo', v);
  console.log('closed loop', ee.listenerCount('close'));
  process.nextTick(() => ee.emit('error', new Error('bad')));
  try {
    for await (const x of on(ee, 'z')) console.log(x);
  } catch (e) {
    console.log('on error', e.message);
  }
  const et = new EventTarget();
  process.nextTick(() => { et.dispatchEvent(new Event('t')); et.dispatchEvent(new Event('t')); et.dispatchEvent(new Event('done')); });
  for await (const [e] of on(et, 't', { close: ['done'] })) console.log('target event', e.type);
  const src = new EventEmitter();
  let pauses = 0;
  let resumes = 0;
  src.pause = () => pauses++;
  src.resume = () => resumes++;
  const it = on(src, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 5; i++) src.emit('d', i);
  console.log(pauses, resumes);
  for (let i = 0; i < 5; i++) console.log((await it.next()).value, pauses, resumes);
  console.log(await it.return(), await it.next());
  const bad = [
    () => on(ee, 'd', { highWaterMark: 0 }),
    () => on(ee, 'd', { lowWaterMark: 1.5 }),
    () => on(ee, 'd', { signal: 5 }),
    () => on(ee, 'd', { signal: AbortSignal.abort() }),
  ];
  for (const f of bad) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    await on(ee, 'x').throw(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
