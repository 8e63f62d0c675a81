'use strict';
// Errors the stream module makes read as node's: "Error [CODE]: message"
// from toString and at the head of the stack, with an own code.
const { Writable, Readable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => {
  console.log('event', e.name, e.code, String(e));
  console.log('stack head', e.stack.split('\n')[0]);
  console.log('own code', Object.keys(e), e instanceof Error);
});
w.end();
w.write('late', (e) => console.log('write cb', String(e)));

const r = new Readable({ read() {} });
r.push(null);
r.on('error', (e) => console.log('push after eof', String(e), e.stack.split('\n')[0]));
r.push('more');

const d = new Writable({ write(c, e, cb) { cb(); } });
d.destroy();
d.write('x', (e) => console.log('destroyed', String(e)));
d.on('error', () => {});
const m = new Writable({ write(c, e, cb) { cb(); cb(); } });
m.on('error', (e) => console.log('twice', String(e), e.stack.split('\n')[0]));
m.write('a');
