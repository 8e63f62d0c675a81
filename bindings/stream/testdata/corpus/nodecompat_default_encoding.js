'use strict';
// defaultEncoding is checked when the stream is made, and used for string
// chunks given without an encoding.
const { Readable, Writable, Duplex, Transform } = require('stream');

for (const [name, C] of [['Readable', Readable], ['Writable', Writable], ['Duplex', Duplex], ['Transform', Transform]]) {
  for (const enc of ['hex', 'UTF-8', 'latin1', 'nope', '', null, undefined]) {
    try {
      const s = new C({ defaultEncoding: enc });
      const st = s._writableState || s._readableState;
      console.log(name, JSON.stringify(enc), 'ok', st.defaultEncoding);
    } catch (e) {
      console.log(name, JSON.stringify(enc), e.name, e.code, e.message);
    }
  }
}

const w = new Writable({
  defaultEncoding: 'hex',
  write(chunk, encoding, cb) { console.log('hex write', chunk, encoding); cb(); },
});
w.write('6869');
w.write('6869', 'utf8');
const r = new Readable({ defaultEncoding: 'base64', read() {} });
r.push('aGk=');
r.push(null);
r.on('data', (d) => console.log('base64 push', d));
try { w.setDefaultEncoding('what'); } catch (e) { console.log(e.code, e.message); }
console.log(w.setDefaultEncoding('LATIN1') === w, w._writableState.defaultEncoding);
