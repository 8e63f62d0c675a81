const { Readable, Writable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
const got = [];
const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
w.on('pipe', (src) => console.log('pipe event', src === r));
w.on('unpipe', (src) => console.log('unpipe event', src === r));
r.pipe(w);
r.push('one');
setTimeout(() => {
  r.unpipe(w);
  console.log('flowing after unpipe', r.readableFlowing);
  r.push('two');
  setTimeout(() => {
    console.log('got', got, 'buffered', r.readableLength);
    const p = new PassThrough();
    const w2 = new Writable({ write(c, e, cb) { console.log('w2', c.toString()); cb(); } });
    const ret = r.pipe(p);
    console.log('pipe returns dest', ret === p);
    p.pipe(w2);
    w2.on('finish', () => console.log('w2 finish'));
    r.push('three');
    r.push(null);
  }, 5);
}, 5);
