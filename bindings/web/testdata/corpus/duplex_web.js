// Duplex.toWeb and Duplex.fromWeb, and Duplex.from over web streams.
const { Duplex, PassThrough } = require('stream');
const { text } = require('stream/consumers');
(async () => {
  const pair = Duplex.toWeb(new PassThrough());
  console.log(Object.keys(pair), pair.readable, pair.writable);
  const w = pair.writable.getWriter();
  w.write(new TextEncoder().encode('round '));
  w.write(new TextEncoder().encode('trip'));
  w.close();
  console.log(await text(pair.readable));
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { encoding: 'utf8', objectMode: true });
  d.write('loud');
  d.end(' noises');
  console.log(await text(d));
  const fromRs = Duplex.from(ReadableStream.from(['from ', 'web']));
  console.log(await text(fromRs));
  const chunks = [];
  const toWs = Duplex.from(new WritableStream({ write(c) { chunks.push(String(c)); } }));
  toWs.end('into web');
  await new Promise((res) => toWs.on('finish', res));
  console.log(chunks);
  for (const f of [() => Duplex.fromWeb(5), () => Duplex.fromWeb({}), () => Duplex.toWeb(5)]) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
