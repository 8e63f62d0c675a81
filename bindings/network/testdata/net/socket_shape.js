// A Socket's state before, during and after a connection; Server shape.
const net = require('net');
const { Duplex } = require('stream');

const s = new net.Socket();
console.log(s instanceof Duplex, s instanceof net.Stream, net.Stream === net.Socket);
console.log(s.connecting, s.pending, s.readyState, s.destroyed, s.bytesRead, s.bytesWritten, s.remoteAddress, s.localPort, s.timeout);
console.log(JSON.stringify(s.address()), s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s, s.ref() === s, s.unref() === s);
const srv = net.createServer();
console.log(srv instanceof require('events'), srv.listening, srv.address(), srv.maxConnections);
console.log(typeof net.createConnection, net.connect === net.createConnection, typeof net.getDefaultAutoSelectFamily());
srv.listen(() => {
  const a = srv.address();
  console.log(a.address, a.family, typeof a.port, srv.listening);
  srv.close();
  console.log(srv.listening);
});
