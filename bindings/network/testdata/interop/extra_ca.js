// Connects to a TLS server on 127.0.0.1:argv[2] that presents a
// certificate from the test CA: trusted through NODE_EXTRA_CA_CERTS alone,
// and not when the ca option names another certificate.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const port = Number(process.argv[2]);
const c = tls.connect({ port, host: 'localhost' }, () => {
  console.log('extra CA', c.authorized, c.authorizationError);
  c.destroy();
  const d = tls.connect({ port, host: 'localhost', ca: fs.readFileSync(path.join(process.env.JSPROC_TEST_PKI, 'self.pem')) });
  d.on('secureConnect', () => console.log('unexpected'));
  d.on('error', (e) => console.log('other ca', e.code));
});
c.on('error', (e) => console.log('error', e.code, e.message));
