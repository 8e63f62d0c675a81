// pipeline and stream/promises pipeline with web streams at either end and
// in the middle.
const { pipeline, Readable, Writable, Transform } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
(async () => {
  const out = [];
  await pipelineP(
    ReadableStream.from(['a', 'b']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }),
    new WritableStream({ write(c) { out.push(c); } }),
  );
  console.log('web only', out);
  const mixed = [];
  await pipelineP(
    Readable.from(['x', 'y']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c) + '!'); } }),
    new Writable({ objectMode: true, write(c, e, cb) { mixed.push(String(c)); cb(); } }),
  );
  console.log('mixed', mixed);
  const fromWeb = [];
  await pipelineP(
    ReadableStream.from(['1', '2']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    new WritableStream({ write(c) { fromWeb.push(c); } }),
  );
  console.log('web to node to web', fromWeb);
  pipeline(
    new ReadableStream({ start(c) { c.error(new Error('web src failed')); } }),
    new WritableStream(),
    (err) => console.log('callback', err && err.message),
  );
})();
