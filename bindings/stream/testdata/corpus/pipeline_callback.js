const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
pipeline(Readable.from(['a', 'b', 'c']), upper(), sink, (err) => {
  console.log('pipeline 1 done', err, out);
  const failing = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const src = Readable.from(['x']);
  const dst = new PassThrough();
  dst.resume();
  pipeline(src, failing, dst, (err) => {
    console.log('pipeline 2 err', err.message, src.destroyed, failing.destroyed, dst.destroyed);
    const r = pipeline(Readable.from(['q']), async function* (source) {
      for await (const chunk of source) yield chunk + '!';
    }, async function (source) {
      let s = '';
      for await (const chunk of source) s += chunk;
      return s;
    }, (err, val) => console.log('pipeline 3', err, val));
    console.log('pipeline returns', r.constructor.name);
  });
});
try { pipeline(Readable.from(['x'])); } catch (e) { console.log(e.code, e.message); }
try { pipeline(Readable.from(['x']), new PassThrough()); } catch (e) { console.log(e.code, e.message); }
