// A tls.Server's 'connection' gets the plain socket before the
// handshake, 'secureConnection' the TLSSocket over it after; a failed
// handshake reaches 'tlsClientError' with the TLSSocket.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') });
let raw = null;
server.on('connection', (s) => {
  raw = s;
  console.log('connection', s instanceof net.Socket, s instanceof tls.TLSSocket, s.encrypted, typeof s.remotePort);
});
server.on('tlsClientError', (err, s) => {
  console.log('tlsClientError', err.code, s instanceof tls.TLSSocket, s === raw);
  server.close();
});
server.on('secureConnection', (s) => {
  console.log('secureConnection', s instanceof tls.TLSSocket, s === raw, s.encrypted);
  s.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: '127.0.0.1', ca: pki('ca.pem'), servername: 'localhost' }, () => {
    c.on('data', (d) => console.log('client data', String(d)));
    c.on('end', () => {
      console.log('client end');
      // Then a client that speaks no TLS at all.
      const p = net.connect(port, '127.0.0.1', () => p.end('not a TLS hello'));
      p.on('error', () => {});
      p.resume();
    });
  });
});
