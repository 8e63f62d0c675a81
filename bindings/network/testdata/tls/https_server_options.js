// An https server takes every option tls.createServer takes: pfx with its
// passphrase, encrypted keys, several key and certificate pairs, ciphers,
// ecdhCurve, minVersion and maxVersion, secureProtocol; bad options throw
// tls's errors.
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const pki = require('./_pki');

const here = (name) => fs.readFileSync(path.join(__dirname, name));

function check(label, options, clientOptions = {}) {
  return new Promise((resolve) => {
    let server;
    try {
      server = https.createServer(options, (req, res) => res.end(req.socket.getProtocol()));
    } catch (e) {
      console.log(label, 'throws', e.name, e.code, e.message);
      resolve();
      return;
    }
    server.on('tlsClientError', (e) => console.log(label, 'tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      // The client is tls's, which takes every TLS option.
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, ...clientOptions }, () => {
        // TLS 1.3's suite is the client's choice, which differs.
        const cipher = c.getProtocol() === 'TLSv1.2' ? c.getCipher().name : '';
        const { name } = c.getEphemeralKeyInfo();
        console.log(label, 'CN', c.getPeerCertificate().subject.CN, c.getProtocol(), cipher, 'curve', name);
        c.end('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      });
      let answer = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { answer += d; });
      c.on('error', (e) => console.log(label, 'client error', e.code));
      c.on('close', () => {
        if (answer) console.log(label, 'answer', answer.split('\r\n')[0], answer.slice(answer.indexOf('\r\n\r\n') + 4));
        server.close(resolve);
      });
    });
  });
}

const tls12 = { maxVersion: 'TLSv1.2' };
(async () => {
  await check('pfx', { pfx: here('pfx.test.pfx'), passphrase: 'sesame' }, tls12);
  await check('pfx list', { pfx: [{ buf: here('pfx.test.pfx'), passphrase: 'sesame' }] }, tls12);
  await check('encrypted key', { key: here('pfx.test-key-pkcs8-enc.pem'), passphrase: 'sesame', cert: here('pfx.test.pem') }, tls12);
  await check('encrypted key entry', { key: [{ pem: here('pfx.test-key-legacy-enc.pem'), passphrase: 'sesame' }], cert: here('pfx.test.pem') }, tls12);
  await check('wrong passphrase', { pfx: here('pfx.test.pfx'), passphrase: 'nope' });
  const pairs = {
    key: [pki('server-key.pem'), here('pfx.test-key-pkcs8-enc.pem')],
    passphrase: 'sesame',
    cert: [pki('server.pem'), here('pfx.test.pem')],
  };
  await check('two pairs, ECDSA client', pairs, { ...tls12, ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
  await check('two pairs, RSA client', pairs, { ...tls12, ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });
  const server = { key: pki('server-key.pem'), cert: pki('server.pem') };
  await check('ciphers', { ...server, ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, tls12);
  await check('ciphers no match', { ...server, ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, { ...tls12, ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
  await check('ecdhCurve', { ...server, ecdhCurve: 'P-384' }, tls12);
  await check('maxVersion', { ...server, maxVersion: 'TLSv1.2' });
  await check('minVersion', { ...server, minVersion: 'TLSv1.3' });
  await check('minVersion refused', { ...server, minVersion: 'TLSv1.3' }, tls12);
  await check('secureProtocol', { ...server, secureProtocol: 'TLSv1_2_method' });
  await check('bad ciphers', { ...server, ciphers: 'NOPE' });
  await check('bad ecdhCurve', { ...server, ecdhCurve: 'nope' });
  await check('bad minVersion', { ...server, minVersion: 'TLSv9' });
  await check('bad ticketKeys', { ...server, ticketKeys: Buffer.alloc(10) });
  await check('bad SNICallback', { ...server, SNICallback: 'x' });
  await check('bad sessionTimeout', { ...server, sessionTimeout: 'x' });
})();
