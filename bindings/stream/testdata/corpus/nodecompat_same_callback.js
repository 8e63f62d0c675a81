'use strict';
// Synchronous writes that share one callback complete together, in one
// tick, before the next tick's work; a different callback starts a new batch.
const { Writable } = require('stream');

const order = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
function shared(err) { order.push('shared:' + err); }
for (let i = 0; i < 3; i++) w.write(String(i), shared);
w.write('other', () => order.push('other'));
w.write('again', shared);
process.nextTick(() => order.push('tick'));
w.on('drain', () => order.push('drain'));
setImmediate(() => console.log(order.join(' ')));

const c = new Writable({ highWaterMark: 2, write(chunk, e, cb) { cb(); } });
const cord = [];
c.on('drain', () => cord.push('drain'));
for (let i = 0; i < 4; i++) cord.push(c.write('xy', shared));
setImmediate(() => console.log(cord.join(' ')));
