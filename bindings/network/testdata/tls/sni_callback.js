// SNICallback picks the certificate by the client's server name, later
// (asynchronously) or at once; no name keeps the server's own.
const tls = require('tls');
const pki = require('./_pki');

const seen = [];
const server = tls.createServer({
  key: pki('server-key.pem'),
  cert: pki('server.pem'),
  SNICallback(name, cb) {
    seen.push(name);
    if (name === 'other.test') {
      setTimeout(() => cb(null, tls.createSecureContext({ key: pki('other-key.pem'), cert: pki('other.pem') })), 10);
    } else {
      cb(null, undefined);
    }
  },
}, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const names = ['other.test', 'localhost', undefined];
  let i = 0;
  (function next() {
    if (i === names.length) {
      console.log('SNICallback saw', seen);
      server.close();
      return;
    }
    const servername = names[i++];
    const c = tls.connect({ port, host: '127.0.0.1', servername, rejectUnauthorized: false }, () => {
      const cert = c.getPeerCertificate();
      console.log(servername, '->', cert.subject.CN, cert.subjectaltname);
    });
    c.resume();
    c.on('close', next);
  })();
});
