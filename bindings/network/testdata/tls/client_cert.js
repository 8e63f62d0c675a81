// requestCert: the server sees the client's certificate and whether the
// CA vouches for it; without one the connection is refused.
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({
  key: pki('server-key.pem'), cert: pki('server.pem'), ca: pki('ca.pem'), requestCert: true,
}, (s) => {
  const cert = s.getPeerCertificate();
  s.end(`${s.authorized} ${cert.subject.CN}`);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = tls.connect({ port, host: 'localhost', ca: pki('ca.pem'), key: pki('client-key.pem'), cert: pki('client.pem') });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('server says', d));
  c.on('close', () => server.close());
});
