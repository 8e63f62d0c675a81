// Node's stream utilities on web streams: isReadable, isDisturbed, isErrored,
// finished and addAbortSignal.
const stream = require('stream');
const { finished } = require('stream/promises');
(async () => {
  const rs = ReadableStream.from(['a']);
  console.log(stream.isReadable(rs), stream.isDisturbed(rs), stream.isErrored(rs), stream.isDestroyed(rs));
  const r = rs.getReader();
  await r.read();
  console.log(stream.isDisturbed(rs));
  await r.read();
  console.log(stream.isReadable(rs));
  const er = new ReadableStream({ start(c) { c.error(new Error('e')); } });
  console.log(stream.isErrored(er), stream.isReadable(er));
  const rs2 = ReadableStream.from(['x', 'y']);
  const done = finished(rs2).then(() => console.log('finished web'));
  for await (const x of rs2) console.log(x);
  await done;
  const ws = new WritableStream();
  console.log(stream.isWritable(ws));
  const er2 = new ReadableStream({ start(c) { c.error(new Error('fin err')); } });
  try { await finished(er2); } catch (e) { console.log('finished rejected', e.message); }
  const sig = stream.addAbortSignal(new AbortController().signal, new ReadableStream());
  console.log(sig instanceof ReadableStream);
})();
