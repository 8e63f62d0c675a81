'use strict';
// Run by node or jsproc: forks dgram_child.js under the runtime given as
// argv[2] and passes it a bound UDP socket; once the child has it, the
// parent closes its own, and a client's datagram reaches the child, which
// answers from the socket it was given.
const { fork } = require('child_process');
const dgram = require('dgram');
const path = require('path');

const child = fork(path.join(__dirname, 'dgram_child.js'), { execPath: process.argv[2] });
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  child.send({ kind: 'udp', port }, server, (err) => console.log('socket sent', err));
});
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m));
  if (m.kind !== 'have it') return;
  const port = server.address().port;
  server.close(() => {
    console.log('parent socket closed');
    const client = dgram.createSocket('udp4');
    client.on('message', (msg, rinfo) => {
      console.log('client got', String(msg), rinfo.port === port);
      client.close();
      child.send({ kind: 'done' });
    });
    client.send('ping', port, '127.0.0.1');
  });
});
child.on('exit', (code, signal) => console.log('child exit', code, signal));
