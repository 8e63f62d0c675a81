// udp6 sockets on ::1.
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
server.bind(0, '::1', () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family);
  const client = dgram.createSocket({ type: 'udp6' });
  client.on('message', (msg, rinfo) => {
    console.log('client got', String(msg), rinfo.address, rinfo.family, rinfo.size);
    client.close();
    server.close();
  });
  client.send(Buffer.from('ping6'), port, '::1');
});
server.on('message', (msg, rinfo) => {
  console.log('server got', String(msg), rinfo.address, rinfo.family);
  server.send('pong6', rinfo.port, rinfo.address);
});
