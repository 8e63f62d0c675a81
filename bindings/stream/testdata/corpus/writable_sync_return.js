'use strict';
// write() decides whether the caller may go on after _write has run: a
// _write that calls back synchronously has already taken the chunk off the
// buffer, so even a chunk larger than highWaterMark returns true and no
// 'drain' follows; an empty buffer never asks for a drain, even at
// highWaterMark 0. A _write that calls back later leaves the chunk counted.
const { Writable } = require('stream');

function report(name, w) {
  w.on('drain', () => console.log(name, 'drain', w.writableLength));
}

const big = new Writable({ highWaterMark: 4, write(c, e, cb) { cb(); } });
report('big', big);
console.log('big sync', big.write('123456'), big.writableNeedDrain, big.writableLength);
console.log('small sync', big.write('12'), big.writableNeedDrain);

const zero = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
report('zero', zero);
console.log('hwm0 sync', zero.write('a'), zero.writableNeedDrain);
console.log('hwm0 sync empty', zero.write(''), zero.writableNeedDrain);

const obj = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { cb(); } });
report('obj', obj);
console.log('object sync', obj.write({}), obj.writableNeedDrain);

const later = new Writable({ highWaterMark: 4, write(c, e, cb) { setImmediate(cb); } });
report('later', later);
console.log('big async', later.write('123456'), later.writableNeedDrain, later.writableLength);

const zeroLater = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
report('zeroLater', zeroLater);
console.log('hwm0 async', zeroLater.write('a'), zeroLater.writableNeedDrain);
console.log('hwm0 async empty', zeroLater.write(''), zeroLater.writableNeedDrain);

// A synchronous _write behind a pending one is buffered, so it counts.
let pending = null;
const mixed = new Writable({
  highWaterMark: 4,
  write(c, e, cb) {
    if (String(c) === 'slow') pending = cb;
    else cb();
  },
});
report('mixed', mixed);
console.log('mixed slow', mixed.write('slow'), mixed.writableLength);
console.log('mixed queued', mixed.write('ab'), mixed.writableLength, mixed.writableNeedDrain);
setImmediate(() => pending());

// Corked writes count until uncork.
const corked = new Writable({ highWaterMark: 4, write(c, e, cb) { cb(); } });
report('corked', corked);
corked.cork();
console.log('corked', corked.write('12'), corked.write('34'), corked.writableNeedDrain);
corked.uncork();
console.log('uncorked', corked.writableLength);
