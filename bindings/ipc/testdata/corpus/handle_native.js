'use strict';
// A native handle (a server's _handle) can be sent as it is: the sender
// keeps its own, the receiver gets a native handle it can listen on. A
// message sent while a handle waits for its acknowledgement is queued,
// and send() returns false once more than one is.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

const child = fork(path.join(__dirname, '_native_server.js'));
const server = net.createServer(() => console.log('the parent should not serve'));
let port;
const sent = [];
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const handle = server._handle;
  console.log('send handle', child.send('server', handle, (err) => sent.push(['handle', err])));
  console.log('send two', child.send('two', (err) => sent.push(['two', err])));
  console.log('send three', child.send('three', (err) => sent.push(['three', err])));
});
child.on('message', (m) => {
  console.log('child listening on', m.listening, '; parent still listening', server.listening);
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', (d) => process.stdout.write('client got ' + d));
    c.on('end', () => child.send('bye'));
  });
});
child.on('exit', (code, signal) => console.log('child exit', code, signal, 'callbacks', JSON.stringify(sent)));
