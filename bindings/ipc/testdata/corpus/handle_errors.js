'use strict';
// send(message, handle) with handles that cannot go: node's errors, or
// the message sent without a handle.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');
const EventEmitter = require('events');
const child = fork(path.join(__dirname, '_handles.js'));
function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
attempt('object', () => child.send('m', {}));
attempt('emitter', () => child.send('m', new EventEmitter()));
attempt('number', () => child.send('m', 5));
attempt('string', () => child.send('m', 'h'));
attempt('array', () => child.send('m', []));
attempt('buffer', () => child.send('m', Buffer.from('x')));
attempt('child process', () => child.send('m', child));
attempt('falsy 0', () => child.send('zero', 0));
attempt('falsy empty', () => child.send('empty', ''));
attempt('options string', () => child.send('m', new net.Socket(), 'x'));
attempt('undefined message', () => child.send(undefined, new net.Socket()));
attempt('function message', () => child.send(() => {}, new net.Socket()));
// A socket that never connected has no handle: the message goes alone.
attempt('unconnected socket', () => child.send('unconnected', new net.Socket()));
let reports = 0;
child.on('message', (m) => {
  console.log('child reports', JSON.stringify(m));
  if (++reports === 3) closedSocket();
});
// A destroyed socket has no handle either.
function closedSocket() {
  const server = net.createServer((sock) => {
    sock.destroy();
    child.send('destroyed socket', sock, (err) => console.log('callback', err));
    server.close();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', () => {});
    c.on('close', () => {});
  });
  child.once('message', () => {
    child.disconnect();
    attempt('after disconnect', () => child.send('late', new net.Socket(), (err) => console.log('late callback', err.code)));
  });
}
child.on('exit', (code) => console.log('child exit', code));
