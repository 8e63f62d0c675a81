const { Readable, Writable, Transform } = require('stream');
const log = [];
const L = (m) => log.push(m);
let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read() { L('read'); n++; if (n <= 3) this.push('r' + n); else this.push(null); },
});
const t = new Transform({ highWaterMark: 4, transform(c, e, cb) { L('transform ' + c); cb(null, c); }, flush(cb) { L('flush'); cb(); } });
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { L('write ' + c); process.nextTick(cb); }, final(cb) { L('final'); cb(); } });
for (const [name, s] of [['r', r], ['t', t], ['w', w]]) {
  for (const ev of ['end', 'finish', 'close', 'drain', 'pipe', 'unpipe', 'prefinish', 'resume', 'pause']) {
    s.on(ev, () => L(name + ':' + ev));
  }
}
r.pipe(t).pipe(w);
process.nextTick(() => L('tick1'));
Promise.resolve().then(() => L('micro1'));
w.on('close', () => setTimeout(() => console.log(log.join('\n')), 1));
