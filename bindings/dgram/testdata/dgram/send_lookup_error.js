// A failed lookup of the destination goes to the send callback, or to
// 'error' without one.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.send('x', 1234, 'no-such-host.invalid', (err) => {
  console.log('callback', err.code, err.syscall, err.hostname);
  s.on('error', (e) => {
    console.log('error event', e.code, e.hostname);
    s.close();
  });
  s.send('x', 1234, 'no-such-host.invalid');
});
