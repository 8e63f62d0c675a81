// An SNICallback's error fails the handshake with that error (the socket
// has the name asked for); what it gives must be a SecureContext. A server
// with an RSA and an ECDSA key presents the one the client can use;
// getCertificate() and getX509Certificate() are the certificate this side
// presented, getPeerCertificate() tells the peer's key.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const pki = require('./_pki');

const here = (name) => fs.readFileSync(path.join(__dirname, name));

function sniCase(servername) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: pki('server-key.pem'),
      cert: pki('server.pem'),
      SNICallback(name, cb) {
        if (name === 'bad.test') cb(new Error('no context for ' + name));
        else cb(null, { key: pki('other-key.pem'), cert: pki('other.pem') });
      },
    }, () => console.log('secureConnection?'));
    server.on('tlsClientError', (e, s) => console.log(servername, 'tlsClientError', e.message, s.servername));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, rejectUnauthorized: false });
      c.on('error', (e) => console.log(servername, 'client error', e.code, e.message));
      c.on('close', () => server.close(resolve));
    });
  });
}

function keys(cert) {
  return { bits: cert.bits, asn1Curve: cert.asn1Curve, nistCurve: cert.nistCurve, exponent: cert.exponent,
    modulus: cert.modulus && cert.modulus.length, pubkey: cert.pubkey && cert.pubkey.length };
}

function localCase(clientOpts) {
  // Each side's lines are printed once both are done, server's first.
  const serverLines = [];
  const clientLines = [];
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: [pki('server-key.pem'), here('pfx.test-key-pkcs8-enc.pem')],
      passphrase: 'sesame',
      cert: [here('pfx.test.pem'), pki('server.pem')],
      requestCert: true,
      rejectUnauthorized: false,
    }, (s) => {
      serverLines.push(['  server presented', s.getCertificate().subject.CN, s.getX509Certificate().subject.split('\n').pop()]);
      const peer = s.getPeerCertificate();
      serverLines.push(['  client presented', peer.subject ? peer.subject.CN : peer]);
      s.end();
    });
    server.listen(0, '127.0.0.1', () => {
      console.log(clientOpts.ciphers, clientOpts.cert ? 'with a certificate' : '');
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, maxVersion: 'TLSv1.2', ...clientOpts }, () => {
        const peer = c.getPeerCertificate();
        clientLines.push(['  client sees', peer.subject.CN, keys(peer)]);
        const mine = c.getCertificate();
        clientLines.push(['  client own', mine.subject ? mine.subject.CN : mine, c.getX509Certificate() === undefined]);
      });
      c.resume();
      c.on('close', () => server.close(() => {
        for (const l of [...serverLines, ...clientLines]) console.log(...l);
        resolve();
      }));
    });
  });
}

(async () => {
  await sniCase('bad.test');
  await sniCase('plain.test');
  await localCase({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });
  await localCase({ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256', key: pki('client-key.pem'), cert: pki('client.pem') });
})();
