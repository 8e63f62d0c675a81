// A TLS server with a certificate from the test CA; a client that trusts
// the CA connects by name and by address, and both see the session.
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  s.end(`hello ${s.getProtocol()} ${s.encrypted} ${s.authorized}`);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = tls.connect({ port, host: 'localhost', ca: pki('ca.pem') }, () => {
    console.log('secureConnect', c.authorized, c.authorizationError, c.encrypted, c.getProtocol(), c.alpnProtocol);
    const cert = c.getPeerCertificate();
    console.log(cert.subject.CN, cert.subject.O, cert.issuer.CN, cert.subjectaltname, Buffer.isBuffer(cert.raw));
    console.log(typeof cert.fingerprint256, cert.fingerprint256.length, cert.valid_to.endsWith('GMT'));
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('got', got));
  c.on('close', () => {
    const byIP = tls.connect(port, '127.0.0.1', { ca: pki('ca.pem') }, () => {
      console.log('by address', byIP.authorized, byIP.servername);
      byIP.end();
    });
    byIP.resume();
    byIP.on('close', () => server.close());
  });
});
