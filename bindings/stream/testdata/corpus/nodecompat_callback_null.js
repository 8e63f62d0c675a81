'use strict';
// Write and end callbacks get null when all went well, an error otherwise.
const { Writable, PassThrough } = require('stream');

const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.write('a', (err) => console.log('async write cb', err));
w.end('b', (err) => console.log('end cb', err));
w.on('finish', () => {
  console.log('finish');
  w.end((err) => console.log('end after finish', err && err.code));
});

const s = new Writable({ write(c, e, cb) { cb(); } });
s.write('a', (err) => console.log('sync write cb', err));
s.end((err) => {
  console.log('second end cb', err);
  s.end((err2) => console.log('end after close', err2 && err2.code));
});

const p = new PassThrough();
p.resume();
p.end('x', (err) => console.log('passthrough end cb', err));

const f = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
f.on('error', (e) => console.log('error event', e.message));
f.end((err) => console.log('end cb with final error', err && err.message));
