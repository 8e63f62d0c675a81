// Readable.fromWeb: options, encoding, errors on the web side, destroy
// cancelling the reader.
const { Readable } = require('stream');
(async () => {
  const r = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('he'), new TextEncoder().encode('llo')]));
  const parts = [];
  for await (const c of r) parts.push(c);
  console.log(parts);
  const s = Readable.fromWeb(ReadableStream.from(['x', 'y']), { encoding: 'utf8' });
  s.on('data', (d) => console.log('data', typeof d, d));
  await new Promise((res) => s.on('end', res));
  const o = Readable.fromWeb(ReadableStream.from([{ n: 1 }, { n: 2 }]), { objectMode: true });
  const objs = [];
  for await (const x of o) objs.push(x);
  console.log(objs, o.readableObjectMode);
  const failing = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web side failed')); } }));
  failing.on('error', (e) => console.log('error event', e.message));
  failing.resume();
  await new Promise((res) => failing.on('close', res));
  let reason;
  const web = new ReadableStream({ pull() { return new Promise(() => {}); }, cancel(why) { reason = why; } });
  const n = Readable.fromWeb(web);
  n.destroy(new Error('stop it'));
  n.on('error', () => {});
  await new Promise((res) => n.on('close', res));
  console.log('cancelled with', reason && reason.message);
  for (const bad of [5, {}]) {
    try {
      Readable.fromWeb(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    Readable.fromWeb(ReadableStream.from([]), 5);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    Readable.fromWeb(ReadableStream.from([]), { encoding: 'nope' });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const nested = Readable.from(ReadableStream.from(['via', 'from']));
  const via = [];
  for await (const x of nested) via.push(x);
  console.log(via);
})();
