// pipeTo: chunks flow, the destination closes; preventClose; abort with a
// signal; an erroring source aborts the destination.
function sink(name, log) {
  return new WritableStream({
    write(c) { log.push(name + ' write ' + c); },
    close() { log.push(name + ' close'); },
    abort(r) { log.push(name + ' abort ' + (r && r.message ? r.message : r)); },
  });
}
function source(items) {
  return new ReadableStream({
    start(c) {
      for (const x of items) c.enqueue(x);
      c.close();
    },
  });
}
(async () => {
  const log = [];
  await source([1, 2]).pipeTo(sink('a', log));
  await source([3]).pipeTo(sink('b', log), { preventClose: true });
  console.log(log);
  const ac = new AbortController();
  const slow = new ReadableStream({ pull() { return new Promise(() => {}); } });
  const log2 = [];
  const p = slow.pipeTo(sink('c', log2), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log('pipe aborted', e.name, e.message, log2);
  }
  const bad = new ReadableStream({ start(c) { c.error(new Error('src boom')); } });
  const log3 = [];
  try {
    await bad.pipeTo(sink('d', log3));
  } catch (e) {
    console.log('pipe rejected', e.message, log3);
  }
  try {
    await source([1]).pipeTo(5);
  } catch (e) {
    console.log(e.name, e.code);
  }
})();
