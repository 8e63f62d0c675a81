'use strict';
// A socket accepted by the parent is sent to the child, which answers the
// client on it; the messages sent after it wait for the child's ACK and
// keep their order.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');
const child = fork(path.join(__dirname, '_handles.js'));
const seen = [];
child.on('message', (m) => {
  seen.push(m);
  console.log('child reports', JSON.stringify(m));
});
const server = net.createServer((sock) => {
  console.log('send returns', child.send({ n: 1 }, sock), 'queued while waiting for the ACK:', child.send('after'));
  console.log('parent socket handle', sock._handle, 'destroyed', sock.destroyed, 'connections', server._connections);
  console.log('handle queue', Array.isArray(child._handleQueue), 'pending', child._pendingMessage !== null);
  sock.on('close', () => console.log('parent socket closed?'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    c.end();
    server.close();
    setTimeout(() => {
      console.log('client read', JSON.stringify(got));
      console.log('after ACK: queue', child._handleQueue, 'pending', child._pendingMessage);
      child.send('bye');
    }, 100);
  });
});
child.on('exit', (code) => console.log('child exit', code, 'reports', seen.length));
