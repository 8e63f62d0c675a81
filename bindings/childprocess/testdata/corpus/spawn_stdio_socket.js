'use strict';
// A net.Socket as a stdio entry: the child reads and writes the socket's
// descriptor itself, the parent's socket stops reading and child.stdio
// holds null for it. A socket without a descriptor is refused.
const { spawn } = require('child_process');
const net = require('net');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'spawned');
  } catch (e) {
    console.log(label, 'threw', e.name, e.code);
  }
}
attempt('unconnected socket', () => spawn('true', { stdio: [new net.Socket(), 'ignore', 'ignore'] }));

let client;
const server = net.createServer((sock) => {
  const child = spawn('sh', ['-c', 'read line; echo "child read: $line"; echo "to stderr" >&2'], { stdio: [sock, sock, 'pipe'] });
  console.log('child.stdio', child.stdio.map((s) => (s === null ? null : typeof s)), 'stdin', child.stdin, 'stdout', child.stdout);
  console.log('socket paused', sock.isPaused(), 'flowing', sock.readableFlowing, 'destroyed', sock.destroyed);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => console.log('stderr', JSON.stringify(d)));
  child.on('spawn', () => client.write('hello child\n'));
  child.on('close', (code) => {
    console.log('child close', code);
    sock.destroy();
    server.close();
    const closed = new net.Socket();
    closed.destroy();
    attempt('destroyed socket', () => spawn('true', { stdio: [closed, 'ignore', 'ignore'] }));
  });
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', () => {
    console.log('client read', JSON.stringify(got));
    client.end();
  });
});
