'use strict';
// Run by node or jsproc: forks handle_child.js under the runtime given as
// argv[2] and passes it a listening server, then accepted sockets (one
// given up, one kept open with keepOpen), over the IPC channel. Each
// client sends nothing until the child has its socket, and reads what the
// child (and, for the kept one, the parent after it) writes.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

// argv[3], when given, is the channel's serialization.
const child = fork(path.join(__dirname, 'handle_child.js'), { execPath: process.argv[2], serialization: process.argv[3] });

function request(port, text, cb) {
  const c = net.connect(port, '127.0.0.1', () => { if (text) c.end(text); });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => { c.end(); cb(got); });
}

// 1. A listening server: the child serves it, the parent stops.
function sendServer() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    child.send({ kind: 'server', port }, server, (err) => {
      console.log('server sent', err);
      server.close(() => {
        console.log('parent server closed');
        request(port, 'ping', (reply) => {
          console.log('reply through the child', JSON.stringify(reply));
          sendSockets();
        });
      });
    });
  });
}

// 2. An accepted socket, given up: the child answers on it.
// 3. keepOpen: both hold the socket; the child writes first, then the parent.
let kept = null;
function sendSockets() {
  const local = net.createServer((sock) => {
    if (kept === null) {
      kept = false;
      child.send({ kind: 'socket', n: 1 }, sock);
      console.log('sent socket: handle now', sock._handle === null ? 'null' : 'kept');
      return;
    }
    kept = sock;
    child.send({ kind: 'socket', n: 2 }, sock, { keepOpen: true }, (err) => {
      console.log('kept socket sent', err, 'destroyed', sock.destroyed, 'has handle', sock._handle !== null);
    });
  });
  local.listen(0, '127.0.0.1', () => {
    request(local.address().port, '', (reply) => {
      console.log('socket 1 reply', JSON.stringify(reply));
      request(local.address().port, '', (reply2) => {
        console.log('socket 2 reply', JSON.stringify(reply2));
        // A node parent asks the child whether the sockets it was sent
        // are closed before it calls this back.
        local.close(() => {
          console.log('local server closed');
          child.send({ kind: 'done' });
        });
      });
    });
  });
}

child.on('message', (m, handle) => {
  console.log('parent got', JSON.stringify(m), handle === undefined ? 'no handle' : typeof handle);
  if (m.kind === 'ready') sendServer();
  else if (m.kind === 'wrote') kept.end('and the parent\n');
});
child.on('exit', (code, signal) => console.log('child exit', code, signal));
