'use strict';
// Reports every message and what handle came with it; answers on sockets
// it is sent, serves servers it is sent (one connection), and leaves on
// 'bye'.
const net = require('net');
process.on('message', (m, handle) => {
  let kind = handle === undefined ? 'none' : typeof handle;
  if (handle instanceof net.Socket) kind = 'net.Socket';
  else if (handle instanceof net.Server) kind = 'net.Server';
  if (m === 'bye') return process.disconnect();
  if (handle instanceof net.Socket) {
    process.send({ got: m, kind, readable: handle.readable, writable: handle.writable, remote: handle.remoteAddress });
    handle.end('from the child: ' + JSON.stringify(m) + '\n');
    return;
  }
  if (handle instanceof net.Server) {
    process.send({ got: m, kind, listening: handle.listening, family: handle.address().family });
    handle.once('connection', (s) => {
      s.end('served by the child\n');
      handle.close(() => process.send({ got: 'server closed in the child' }));
    });
    return;
  }
  process.send({ got: m, kind });
});
