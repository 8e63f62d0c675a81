'use strict';
// A server that sends the sockets it accepts to a child goes on counting
// them: getConnections asks the child how many are still open, and close
// waits until the child has closed them or is gone.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

const child = fork(path.join(__dirname, '_keeps_sockets.js'));
const server = net.createServer();
const clients = [];
let accepted = 0;

server.on('connection', (socket) => {
  accepted++;
  child.send({ cmd: 'new' }, socket);
});
server.on('close', () => console.log('server close event'));

child.on('message', (m) => {
  if (m.got !== undefined) {
    console.log('child has', m.got);
    if (m.got === 3) step(0);
  } else if (m.closed !== undefined) {
    console.log('child closed', m.closed);
    server.getConnections((err, n) => {
      console.log('connections after close', err, n);
      step(m.closed + 1);
    });
  }
});
child.on('exit', (code, signal) => console.log('child exit', code, signal));

function step(i) {
  if (i === 0) {
    server.getConnections((err, n) => {
      console.log('connections with all in the child', err, n, 'own', server._connections);
      child.send({ cmd: 'close', id: 0 });
    });
    return;
  }
  if (i === 1) {
    child.send({ cmd: 'close', id: 1 });
    return;
  }
  // One socket is still open in the child: close waits for the child,
  // which answers once it is gone.
  server.close(() => {
    console.log('server closed, accepted', accepted);
    for (const c of clients) c.destroy();
  });
  setTimeout(() => child.kill(), 50);
}

server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 3; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', () => {});
    clients.push(c);
  }
});
