'use strict';
// A _final or _write that calls back twice reports ERR_MULTIPLE_CALLBACK.
const { Writable } = require('stream');

const f = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(); cb(); },
});
f.on('error', (e) => console.log('final twice', e.name, e.code, e.message));
f.on('finish', () => console.log('finish'));
f.end('a');

const w = new Writable({ write(c, e, cb) { cb(); setImmediate(cb); } });
w.on('error', (e) => console.log('write twice', e.name, e.code, e.message));
w.write('a');
