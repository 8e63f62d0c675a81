// connect, remoteAddress, send without an address, disconnect.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  let n = 0;
  server.on('message', (msg, rinfo) => {
    console.log('server got', String(msg));
    if (++n === 2) {
      client.disconnect();
      try { client.remoteAddress(); } catch (e) { console.log('after disconnect', e.code, e.message); }
      try { client.disconnect(); } catch (e) { console.log('disconnect twice', e.code); }
      client.close();
      server.close();
    }
  });
  client.on('connect', () => console.log('connect event'));
  client.on('listening', () => console.log('listening before connect'));
  client.connect(port, '127.0.0.1', () => {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === port);
    try { client.connect(port); } catch (e) { console.log('connect twice', e.code, e.message); }
    try { client.send('x', port, '127.0.0.1'); } catch (e) { console.log('send with address', e.code); }
    client.send('one', (err, bytes) => console.log('sent', err, bytes));
    client.send(Buffer.from('xxtwoxx'), 2, 3);
  });
});
