'use strict';
// A listening server is sent to the child, which serves the next
// connection; the parent's server keeps listening until it closes it.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');
const child = fork(path.join(__dirname, '_handles.js'));
const server = net.createServer(() => console.log('parent got a connection?'));
child.on('message', (m) => {
  console.log('child reports', JSON.stringify(m));
  if (m.kind === 'net.Server') {
    console.log('parent still listening', server.listening);
    server.close(() => {
      console.log('parent server closed');
      const c = net.connect(port, '127.0.0.1');
      c.setEncoding('utf8');
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('end', () => { console.log('client read', JSON.stringify(got)); c.end(); });
    });
  }
  if (m.got === 'server closed in the child') child.send('bye');
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  child.send('the server', server, (err) => console.log('send callback', err));
});
child.on('exit', (code) => console.log('child exit', code));
