// Connecting by name emits 'lookup' first; by address it does not.
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const byName = net.connect({ port, host: 'localhost', family: 4 });
  byName.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  byName.on('connect', () => console.log('connected by name', byName.remoteAddress, byName.remoteFamily));
  byName.on('close', () => {
    const byAddr = net.connect(port, '127.0.0.1');
    byAddr.on('lookup', () => console.log('unexpected lookup'));
    byAddr.on('connect', () => console.log('connected by address'));
    byAddr.on('close', () => server.close());
    byAddr.resume();
  });
  byName.resume();
});
