'use strict';
// What is not a string or an ArrayBufferView is refused with node's words:
// thrown by write(), emitted by push().
const { Readable, Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
for (const bad of [5, true, {}, [], Symbol('s'), new ArrayBuffer(4), undefined]) {
  try {
    w.write(bad);
    console.log('accepted', typeof bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { w.write(null); } catch (e) { console.log(e.name, e.code, e.message); }

for (const bad of [7, {}, new ArrayBuffer(1)]) {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('push', e.name, e.code, e.message));
  r.push(bad);
}
