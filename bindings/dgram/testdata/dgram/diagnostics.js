// The 'udp.socket' diagnostics channel sees each new socket; the private
// members warn once (DEP0112).
const dc = require('diagnostics_channel');
const dgram = require('dgram');
dc.subscribe('udp.socket', (m) => console.log('published', Object.keys(m).join(','), m.socket.type));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const s = dgram.createSocket('udp6');
console.log('bindState', s._bindState, 'receiving', s._receiving);
s.bind(0, '::1', () => {
  console.log('bindState', s._bindState, 'receiving', s._receiving, 'queue', s._queue);
  s._healthCheck();
  s._stopReceiving();
  s.close(() => {
    try { s._healthCheck(); } catch (e) { console.log(e.code); }
  });
});
