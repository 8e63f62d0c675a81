// EADDRINUSE, EADDRNOTAVAIL and lookup failures come as 'error' events
// with node's properties; binding twice throws.
const dgram = require('dgram');
const show = (tag, e) => console.log(tag, e.name, e.code, e.errno, e.syscall, e.address, typeof e.port, e.message.replace(/:\d+$/, ':PORT'));
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  try { a.bind(0); } catch (e) { console.log('twice', e.name, e.code, e.message); }
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    show('inuse', e);
    console.log('after error, can bind again?');
    b.bind(0, '127.0.0.1', () => {
      console.log('yes');
      b.close();
      const c = dgram.createSocket('udp4');
      c.on('error', (e) => {
        show('notavail', e);
        c.close();
        const d = dgram.createSocket('udp4');
        d.on('error', (e) => {
          console.log('lookup', e.code, e.syscall, e.hostname);
          d.close();
          a.close();
        });
        d.bind(0, 'no-such-host.invalid');
      });
      c.bind(0, '192.0.2.1');
    });
  });
  b.bind(port, '127.0.0.1');
});
