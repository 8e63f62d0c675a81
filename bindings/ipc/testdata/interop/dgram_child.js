'use strict';
// Forked by dgram_parent.js: answers datagrams on the UDP socket it is
// sent, and leaves when told.
const dgram = require('dgram');
let socket;
process.on('message', (m, handle) => {
  if (m.kind === 'udp') {
    socket = handle;
    const a = socket.address();
    console.log('child: got', handle instanceof dgram.Socket, socket.type, a.address, a.port === m.port);
    socket.on('message', (msg, rinfo) => {
      console.log('child: message', String(msg), rinfo.address);
      socket.send('pong from the child', rinfo.port, rinfo.address);
    });
    process.send({ kind: 'have it' });
  } else if (m.kind === 'done') {
    socket.close(() => process.disconnect());
  }
});
