// ALPN: the server picks the first of its protocols the client offers.
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({
  key: pki('server-key.pem'), cert: pki('server.pem'), ALPNProtocols: ['h2', 'http/1.1'],
}, (s) => {
  s.end(String(s.alpnProtocol));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = tls.connect({ port, host: 'localhost', ca: pki('ca.pem'), ALPNProtocols: ['http/1.1'] }, () => {
    console.log('client alpn', c.alpnProtocol);
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('server alpn', d));
  c.on('close', () => {
    const none = tls.connect({ port, host: 'localhost', ca: pki('ca.pem') }, () => {
      console.log('no alpn', none.alpnProtocol);
    });
    none.setEncoding('utf8');
    none.on('data', (d) => console.log('server saw', d));
    none.on('close', () => server.close());
  });
});
