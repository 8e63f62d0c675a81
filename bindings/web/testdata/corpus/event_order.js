// The order of start, pull, write, reads and transforms among ticks, promise
// jobs and timers.
const log = (...a) => console.log(...a);
const rs = new ReadableStream({
  start(c) { log('start'); },
  pull(c) { log('pull', c.desiredSize); c.enqueue('x'); if (++n >= 3) c.close(); },
}, { highWaterMark: 1 });
let n = 0;
Promise.resolve().then(() => log('micro 1'));
process.nextTick(() => log('tick'));
setTimeout(() => log('timeout'), 0);
const ws = new WritableStream({
  write(c) { log('write', c); return Promise.resolve().then(() => log('write done', c)); },
  close() { log('close'); },
});
rs.pipeTo(ws).then(() => log('piped'));
Promise.resolve().then(() => log('micro 2')).then(() => log('micro 3')).then(() => log('micro 4'));
const r2 = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
const rd = r2.getReader();
rd.read().then((v) => log('read1', v));
rd.read().then((v) => log('read2', v));
rd.read().then((v) => log('read3', v));
rd.closed.then(() => log('closed'));
const ts = new TransformStream({ transform(c, ctl) { log('transform', c); ctl.enqueue(c); } });
const w = ts.writable.getWriter();
w.write('t1').then(() => log('t1 written'));
ts.readable.getReader().read().then((v) => log('t read', v));
log('sync end');
