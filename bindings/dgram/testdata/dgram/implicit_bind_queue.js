// Sends before the implicit bind finishes are queued and flushed in order
// once it does; getSendQueueCount stays 0 for what the kernel takes.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  const got = [];
  server.on('message', (m) => {
    got.push(String(m));
    if (got.length === 3) {
      console.log(got.join(','));
      console.log('queue', client.getSendQueueSize(), client.getSendQueueCount());
      client.close(); server.close();
    }
  });
  for (const m of ['a', 'b', 'c']) client.send(m, port, '127.0.0.1', () => console.log('cb', m));
  console.log('queued while binding');
  client.on('listening', () => console.log('listening', client.address().address));
});
