'use strict';
// Serves on the native server handle it is sent, says what it got, and
// leaves on 'bye'.
const net = require('net');
process.on('message', (m, handle) => {
  if (m === 'bye') return process.disconnect();
  if (handle === undefined) return;
  const kind = [typeof handle, handle instanceof net.Server, handle instanceof net.Socket].join(' ');
  const server = net.createServer((s) => {
    s.end('served by the child\n');
    server.close();
  });
  server.listen(handle, () => process.send({ listening: kind }));
});
