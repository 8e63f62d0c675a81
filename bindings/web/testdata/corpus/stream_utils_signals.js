// addAbortSignal, finished and pipeline with a signal, over web streams.
const stream = require('stream');
const { finished, pipeline } = require('stream/promises');
(async () => {
  const ac = new AbortController();
  const rs = stream.addAbortSignal(ac.signal, new ReadableStream({ pull() { return new Promise(() => {}); } }));
  const reader = rs.getReader();
  const p = reader.read().catch((e) => console.log('read rejected', e.name, e.code));
  ac.abort();
  await p;
  const ws = new WritableStream({ write() {} });
  const fin = finished(ws).then(() => console.log('ws finished'));
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  await fin;
  const tee = ReadableStream.from(['t']);
  console.log(stream.isDisturbed(tee));
  await tee.cancel();
  console.log(stream.isDisturbed(tee), stream.isReadable(tee));
  // Node leaves this pipeline pending: nothing more runs after it.
  const ac2 = new AbortController();
  const slow = new ReadableStream({ pull() { return new Promise(() => {}); } });
  setTimeout(() => ac2.abort(), 2);
  try {
    await pipeline(slow, new WritableStream(), { signal: ac2.signal });
  } catch (e) {
    console.log('pipeline', e.name, e.code);
  }
})();
