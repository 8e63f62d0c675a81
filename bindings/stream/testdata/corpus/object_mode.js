const { Readable, Writable, Transform } = require('stream');
const src = Readable.from([{ n: 1 }, { n: 2 }, { n: 3 }, 'str', 42]);
console.log(src.readableObjectMode, src.readableHighWaterMark);
const t = new Transform({
  objectMode: true,
  transform(obj, enc, cb) {
    cb(null, typeof obj === 'object' ? { ...obj, doubled: obj.n * 2 } : obj);
  },
  flush(cb) { this.push({ flushed: true }); cb(); },
});
const out = [];
const w = new Writable({ objectMode: true, highWaterMark: 2, write(o, e, cb) { out.push(o); cb(); } });
console.log(w.writableObjectMode, w.writableHighWaterMark);
src.pipe(t).pipe(w).on('finish', () => console.log(out));
const r = new Readable({ objectMode: true, read() {} });
r.push(0); r.push(''); r.push(false);
console.log(r.read(), r.read(), r.read(), r.readableLength);
try { new Readable({ read() {} }).push(5); } catch (e) { console.log('sync', e.code); }
const r2 = new Readable({ read() {} });
r2.on('error', (e) => console.log('error event', e.code, e.message));
r2.push({});
