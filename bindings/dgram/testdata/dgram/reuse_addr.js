// reuseAddr lets two sockets bind the same address and port.
const dgram = require('dgram');
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.on('error', (e) => console.log('unexpected', e.code));
  b.bind(port, '127.0.0.1', () => {
    console.log('both bound', a.address().port === b.address().port);
    const c = dgram.createSocket('udp4');
    c.on('error', (e) => {
      console.log('without reuseAddr', e.code);
      a.close(); b.close(); c.close();
    });
    c.bind(port, '127.0.0.1');
  });
});
