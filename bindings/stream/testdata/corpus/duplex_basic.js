const { Duplex, Readable, Writable } = require('stream');
const written = [];
const d = new Duplex({
  read(n) { this.push(written.length ? written.shift().toUpperCase() : null); },
  write(c, e, cb) { written.push(c.toString()); cb(); },
  allowHalfOpen: true,
});
console.log(d instanceof Readable, d instanceof Writable, d.allowHalfOpen, d.readable, d.writable);
d.write('hello');
d.write('world');
d.on('data', (c) => console.log('data', c.toString()));
d.on('end', () => console.log('end; writable still', d.writable));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
setTimeout(() => d.end(), 5);
const h = new Duplex({ read() {}, write(c, e, cb) { cb(); }, allowHalfOpen: false });
h.on('end', () => console.log('h end'));
h.on('finish', () => console.log('h finish (auto end because no half-open)'));
h.on('close', () => console.log('h close'));
h.resume();
h.push(null);
const dd = Duplex.from({ readable: Readable.from(['from-readable']), writable: new Writable({ write(c, e, cb) { console.log('dd write', c.toString()); cb(); } }) });
dd.on('data', (c) => console.log('dd data', c.toString()));
dd.end('to-writable');
const objd = new Duplex({ readableObjectMode: true, writableObjectMode: false, read() {}, write(c, e, cb) { cb(); } });
console.log(objd.readableObjectMode, objd.writableObjectMode);
