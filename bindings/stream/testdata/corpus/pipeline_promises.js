const { pipeline, finished } = require('stream/promises');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
console.log(typeof pipeline, typeof finished);
async function main() {
  const chunks = [];
  await pipeline(Readable.from(['1', '2']), new PassThrough(), new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }));
  console.log('piped', chunks);
  try {
    await pipeline(Readable.from(['1']), new Writable({ write(c, e, cb) { cb(new Error('sink broke')); } }));
  } catch (e) { console.log('rejected', e.message); }
  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  setTimeout(() => ac.abort(), 2);
  try {
    await pipeline(slow, new PassThrough(), { signal: ac.signal });
  } catch (e) { console.log('aborted', e.name, e.code); }
  const r = Readable.from(['z']);
  r.resume();
  await finished(r);
  console.log('finished ok', r.readableEnded);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  setTimeout(() => w.destroy(new Error('w broke')), 1);
  try { await finished(w); } catch (e) { console.log('finished rejected', e.message); }
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  setTimeout(() => w2.destroy(), 1);
  try { await finished(w2); } catch (e) { console.log('premature', e.code, e.message); }
}
main().then(() => console.log('done'));
