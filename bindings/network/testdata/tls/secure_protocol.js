// secureProtocol: OpenSSL's method names fix the versions; unknown and
// disabled methods, and versions given beside a method, throw node's
// errors; a method the server allows agrees on that version.
const tls = require('tls');
const pki = require('./_pki');

const tryContext = (options) => {
  try {
    tls.createSecureContext(options);
    console.log(JSON.stringify(options), 'ok');
  } catch (e) {
    console.log(JSON.stringify(options), e.name, e.code, e.message);
  }
};
for (const m of ['blargh', 'SSLv2_method', 'SSLv2_server_method', 'SSLv3_client_method', 'SSLv23_method',
  'TLS_method', 'TLS_client_method', 'TLSv1_method', 'TLSv1_1_server_method', 'TLSv1_2_method', 'TLSv1_3_method', 'tlsv1_method']) {
  tryContext({ secureProtocol: m });
}
tryContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' });
tryContext({ secureProtocol: 'TLS_method', maxVersion: 'TLSv1.3' });
tryContext({ secureProtocol: 42 });

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: pki('ca.pem'),
    secureProtocol: 'TLSv1_2_method',
  }, () => {
    console.log('protocol', c.getProtocol());
    c.resume();
    c.on('end', () => server.close());
  });
});
