const { once, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('ready args', await once(e, 'ready'));
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('rejected', err.message); }
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  // once for 'error' itself resolves
  setTimeout(() => e.emit('error', new Error('as value')), 1);
  const [er] = await once(e, 'error');
  console.log('error value', er.message);
  // abort signal
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.code, err.message, err.cause && err.cause.name); }
  console.log('after abort', e.listenerCount('never'), e.listenerCount('error'));
  try { await once(e, 'x', { signal: ac.signal }); } catch (err) { console.log('pre-aborted', err.name, err.code); }
  try { await once(e, 'x', { signal: 1 }); } catch (err) { console.log('bad signal', err.code, err.message); }
  // EventTarget
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('event target', ev.type);
  // ordering: once resolves in microtask after emit
  const f = new EventEmitter();
  const order = [];
  once(f, 'go').then(() => order.push('once-resolved'));
  f.emit('go');
  order.push('after-emit');
  await null; await null;
  console.log(order);
}
main().then(() => console.log('done'));
