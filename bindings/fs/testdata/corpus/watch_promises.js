// fs.promises.watch: an async iterator of {eventType, filename}, ended by
// break or by an AbortSignal; arguments and a missing path are reported by
// the first next().
const fs = require('fs');
const fsp = require('fs/promises');
const tmp = require('./_tmp');
const dir = tmp('watchpromises');
async function first(...args) {
  const it = fsp.watch(...args);
  try {
    await it.next();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message.replace(dir, 'DIR'), e.syscall);
  }
}
(async () => {
  const it = fsp.watch(123);
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  await first(123);
  await first(dir, 'x');
  await first(dir, { persistent: 1 });
  await first(dir, { recursive: 'no' });
  await first(dir, { encoding: 'bad' });
  await first(dir, { encoding: 'buffer' });
  await first(dir, { signal: 1 });
  await first(tmp.join(dir, 'missing'));
  const pre = new AbortController();
  pre.abort();
  await first(dir, { signal: pre.signal });

  // Each event is awaited before the next step.
  const seen = [];
  const iter = fsp.watch(dir);
  const steps = [
    () => fs.writeFileSync(tmp.join(dir, 'a'), ''),
    () => fs.renameSync(tmp.join(dir, 'a'), tmp.join(dir, 'b')),
    () => fs.unlinkSync(tmp.join(dir, 'b')),
  ];
  let i = 0;
  setTimeout(() => steps[i++](), 10);
  for await (const ev of iter) {
    seen.push(ev.eventType + ' ' + ev.filename);
    if (ev.filename === 'b' && ev.eventType === 'rename' && i === 3) break;
    if ((i === 1 && ev.filename === 'a') || (i === 2 && ev.filename === 'b')) steps[i++]();
  }
  console.log([...new Set(seen)].sort());
  console.log(await iter.next());

  // An abort ends a pending next() with an AbortError.
  const ac = new AbortController();
  const buf = fsp.watch(dir, { signal: ac.signal, encoding: 'hex' });
  setTimeout(() => fs.writeFileSync(tmp.join(dir, 'c'), ''), 10);
  const { value } = await buf.next();
  console.log(value.eventType, value.filename);
  setTimeout(() => ac.abort('why'), 10);
  try {
    await buf.next();
  } catch (e) {
    console.log(e.name, e.code, e.cause);
  }
  console.log(await buf.next());
})();
