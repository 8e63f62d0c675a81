'use strict';
// The other way: the child sends its parent a listening server, and the
// parent serves the next connection on it.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');
const child = fork(path.join(__dirname, '_send_server.js'));
let port;
let server;
child.on('message', (m, handle) => {
  if (m.port !== undefined) {
    port = m.port;
    server = handle;
    console.log('parent got', handle instanceof net.Server, 'listening', handle.listening, 'same port', handle.address().port === m.port);
    server.on('connection', (s) => {
      console.log('parent server connection');
      s.end('served by the parent\n');
    });
    return;
  }
  console.log('child says', JSON.stringify(m));
  const c = net.connect(port, '127.0.0.1');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('client read', JSON.stringify(got));
    c.end();
    server.close(() => {
      console.log('parent server closed');
      child.disconnect();
    });
  });
});
child.on('exit', (code) => console.log('child exit', code));
