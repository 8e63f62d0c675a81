// pfx with its passphrase, encrypted keys with theirs, server.addContext
// for names (wildcards too) and a SecureContext as the secureContext
// option. pfx.test.* is a self-signed certificate for pfx.test made for
// these tests; the archive is encrypted with triple-DES, the keys with
// AES, all with the passphrase "sesame".
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const pki = require('./_pki');

const here = (name) => fs.readFileSync(path.join(__dirname, name));
const pfx = here('pfx.test.pfx');
const cert = here('pfx.test.pem');

function peerOf(server, servername) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, rejectUnauthorized: false }, () => {
        const p = c.getPeerCertificate();
        console.log(servername, '->', p.subject.CN, 'authorized', c.authorized, c.authorizationError);
        c.end();
      });
      c.on('error', (e) => console.log(servername, 'client error', e.code, e.message));
      c.on('close', () => server.close(resolve));
    });
  });
}

function tryContext(label, options) {
  try {
    tls.createSecureContext(options);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

(async () => {
  await peerOf(tls.createServer({ pfx, passphrase: 'sesame' }, (s) => s.end()), 'pfx.test');
  await peerOf(tls.createServer({ pfx: [{ buf: pfx, passphrase: 'sesame' }] }, (s) => s.end()), 'pfx.test');
  await peerOf(tls.createServer({ key: here('pfx.test-key-pkcs8-enc.pem'), passphrase: 'sesame', cert }, (s) => s.end()), 'pfx.test');
  await peerOf(tls.createServer({ key: [{ pem: here('pfx.test-key-legacy-enc.pem'), passphrase: 'sesame' }], cert }, (s) => s.end()), 'pfx.test');
  tryContext('wrong passphrase', { pfx, passphrase: 'nope' });
  tryContext('junk pfx', { pfx: Buffer.from('junk') });
  tryContext('pfx type', { pfx: 42 });

  const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => s.end());
  server.addContext('pfx.test', { key: pki('other-key.pem'), cert: pki('other.pem') });
  server.addContext('*.wild.test', tls.createSecureContext({ key: pki('other-key.pem'), cert: pki('other.pem') }));
  server.addContext('a.wild.test', { key: pki('server-key.pem'), cert: pki('server.pem') });
  for (const name of ['pfx.test', 'a.wild.test', 'a.b.wild.test', 'localhost']) await peerOf(server, name);
  try {
    server.addContext('', {});
  } catch (e) {
    console.log(e.code, e.message);
  }

  // A SecureContext as the client's secureContext: its CA checks the peer.
  const s2 = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => s.end());
  s2.listen(0, '127.0.0.1', () => {
    const secureContext = tls.createSecureContext({ ca: pki('ca.pem') });
    const c = tls.connect({ port: s2.address().port, host: '127.0.0.1', servername: 'localhost', secureContext }, () => {
      console.log('secureContext authorized', c.authorized);
      c.end();
    });
    c.on('close', () => s2.close());
  });
})();
