// server.close() stops accepting but 'close' waits for open connections;
// getConnections counts them.
const net = require('net');

const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  if (sockets.length === 2) {
    server.getConnections((err, n) => {
      console.log('connections', err, n);
      server.close(() => console.log('server close event', server.listening));
      console.log('listening after close()', server.listening, server.address());
      setTimeout(() => {
        console.log('ending sockets');
        for (const s of sockets) s.end();
      }, 10);
    });
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  for (let i = 0; i < 2; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {});
    c.on('end', () => console.log('client end'));
  }
});
