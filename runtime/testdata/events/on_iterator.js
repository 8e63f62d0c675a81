const { on, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('foo', 'bar');
    e.emit('foo', 42, 'x');
    e.emit('foo', 'last');
  });
  let n = 0;
  for await (const ev of on(e, 'foo')) {
    console.log('got', ev);
    if (++n === 3) break;
  }
  console.log('after break listeners', e.listenerCount('foo'), e.listenerCount('error'));
  const it = on(e, 'bar');
  process.nextTick(() => e.emit('error', new Error('kaboom')));
  try {
    for await (const ev of it) console.log('never', ev);
  } catch (err) {
    console.log('iterator threw', err.message);
  }
  console.log('after error listeners', e.listenerCount('bar'), e.listenerCount('error'));
  const ac = new AbortController();
  const it2 = on(e, 'baz', { signal: ac.signal });
  setTimeout(() => { e.emit('baz', 1); ac.abort(); }, 1);
  try {
    for await (const ev of it2) console.log('baz', ev);
  } catch (err) {
    console.log('aborted', err.name, err.code);
  }
  console.log('after abort listeners', e.listenerCount('baz'));
  try { on(e, 'q', { signal: ac.signal }); } catch (err) { console.log('sync throw', err.name); }
}
main().then(() => console.log('done'));
