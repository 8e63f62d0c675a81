// A server echoes a datagram back; the client sees the message, rinfo and
// events in node's order.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const log = (...a) => console.log(...a);
server.on('listening', () => {
  const a = server.address();
  log('server listening', a.address, a.family, typeof a.port, a.port > 0);
  const client = dgram.createSocket('udp4');
  client.on('message', (msg, rinfo) => {
    log('client got', String(msg), rinfo.address, rinfo.family, rinfo.size, rinfo.port === a.port);
    log('rinfo keys', Object.keys(rinfo).join(','));
    client.close(() => log('client close cb'));
    server.close();
  });
  client.on('listening', () => log('client listening (implicit bind)'));
  client.send('hello', a.port, '127.0.0.1', (err, bytes) => log('send cb', err, bytes));
  log('after send');
});
server.on('message', (msg, rinfo) => {
  log('server got', String(msg), Buffer.isBuffer(msg), rinfo.address, rinfo.size);
  server.send(msg.toString().toUpperCase(), rinfo.port, rinfo.address);
});
server.on('close', () => log('server close'));
server.bind(0, '127.0.0.1');
log('bound sync?', (() => { try { server.address(); return true; } catch (e) { return e.code; } })());
