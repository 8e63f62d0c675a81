const { Readable, Writable } = require('stream');
const r = new Readable({ highWaterMark: 5, read() {} });
console.log(r.push('abc'), r.push('def'), r.readableLength, r.readableHighWaterMark);
const o = new Readable({ objectMode: true, read() {} });
console.log(o.readableHighWaterMark);
for (let i = 0; i < 17; i++) if (!o.push(i)) { console.log('obj push false at', i); break; }
const big = new Readable({ read() {} });
console.log(big.readableHighWaterMark, new Writable().writableHighWaterMark);
const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
console.log('hwm0 write', w.write('a'), w.writableNeedDrain);
w.on('drain', () => console.log('hwm0 drain'));
const r2 = new Readable({ highWaterMark: 0, read() { console.log('read hwm0'); this.push('x'); this.push(null); } });
r2.on('data', (c) => console.log('r2 data', String(c)));
try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new Writable({ highWaterMark: 'x' }); } catch (e) { console.log(e.code, e.message); }
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('stream');
console.log(typeof getDefaultHighWaterMark === 'function' ? getDefaultHighWaterMark(false) + ' ' + getDefaultHighWaterMark(true) : 'no getDefaultHighWaterMark');
let total = 0, drains = 0;
const slow = new Writable({ highWaterMark: 16, write(c, e, cb) { total += c.length; setTimeout(cb, 0); } });
slow.on('drain', () => drains++);
const src = new Readable({ read() {} });
for (let i = 0; i < 10; i++) src.push(Buffer.alloc(10, i));
src.push(null);
src.pipe(slow).on('finish', () => console.log('slow total', total, 'drains', drains));
