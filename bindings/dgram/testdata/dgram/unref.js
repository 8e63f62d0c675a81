// An unref'd bound socket lets the process end; ref keeps it.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log('bound, unref');
  s.unref();
  const t = dgram.createSocket('udp4');
  t.unref();
  t.bind(0, '127.0.0.1');
  const u = dgram.createSocket('udp4');
  u.bind(0, '127.0.0.1', () => {
    u.unref();
    u.ref();
    setTimeout(() => { console.log('closing the ref\'d one'); u.close(); }, 30);
  });
});
console.log(s.ref() === s, s.unref() === s);
s.ref();
process.on('exit', (c) => console.log('exit', c));
