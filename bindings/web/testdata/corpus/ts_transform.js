// TransformStream: transform, flush, terminate, errors, and the default
// identity transform.
(async () => {
  const ts = new TransformStream({
    start(c) { console.log('start', c.desiredSize); },
    transform(chunk, c) {
      c.enqueue(chunk * 2);
      c.enqueue(chunk * 3);
    },
    flush(c) { c.enqueue('end'); },
  });
  const w = ts.writable.getWriter();
  w.write(1);
  w.write(2);
  w.close();
  const out = [];
  for await (const x of ts.readable) out.push(x);
  console.log(out);
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write('same');
  iw.close();
  for await (const x of id.readable) console.log('identity', x);
  let ctl;
  const term = new TransformStream({ start(c) { ctl = c; } });
  ctl.terminate();
  try {
    ctl.enqueue(1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const r = await term.readable.getReader().read();
  console.log('terminated read', r);
  const bad = new TransformStream({ transform() { throw new Error('xf boom'); } });
  const bw = bad.writable.getWriter();
  const written = bw.write('a').catch((e) => console.log('write rejected', e.message));
  try {
    await bad.readable.getReader().read();
  } catch (e) {
    console.log('read rejected', e.message);
  }
  await written;
  const slow = new TransformStream({}, undefined, { highWaterMark: 0 });
  const sw = slow.writable.getWriter();
  console.log('backpressure', sw.desiredSize);
  const pending = sw.write('held');
  const sr = slow.readable.getReader();
  console.log(await sr.read());
  await pending;
  console.log('write done after read');
})();
