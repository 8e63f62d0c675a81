// getCipher() with OpenSSL's names, the ciphers and ecdhCurve options as
// the handshake applies them, getEphemeralKeyInfo(), exportKeyingMaterial()
// on both sides, and the peer's X509Certificate.
const tls = require('tls');
const pki = require('./_pki');

const cases = [
  [{ maxVersion: 'TLSv1.2' }, {}],
  [{ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, {}],
  [{ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA' }, {}],
  [{ maxVersion: 'TLSv1.2' }, { ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305' }],
  [{ maxVersion: 'TLSv1.2', ciphers: 'ECDHE+AESGCM:!AES128' }, {}],
  [{ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA256' }, {}],
  [{ ecdhCurve: 'secp384r1' }, {}],
  [{ ecdhCurve: 'prime256v1' }, {}],
  [{}, { ecdhCurve: 'P-521' }],
  [{}, {}],
  [{ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA' }, { ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }],
];

function run([clientOpts, serverOpts]) {
  return new Promise((resolve) => {
    let serverSide;
    const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem'), ...serverOpts }, (s) => {
      serverSide = s;
      s.write('hi');
      s.on('data', () => {});
      s.on('end', () => s.end());
    });
    const errs = [];
    server.on('tlsClientError', (e) => errs.push('  server tlsClientError ' + e.code));
    server.listen(0, '127.0.0.1', () => {
      console.log(JSON.stringify(clientOpts), JSON.stringify(serverOpts));
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: pki('ca.pem'), ...clientOpts });
      c.once('data', () => {
        const cipher = c.getCipher();
        if (cipher.version === 'TLSv1.3') {
          // crypto/tls does not let TLS 1.3 suites be chosen: only their
          // shape is compared.
          console.log('  cipher', cipher.name === cipher.standardName, cipher.name.startsWith('TLS_'), cipher.version);
        } else {
          console.log('  cipher', cipher);
        }
        console.log('  key info', c.getEphemeralKeyInfo(), serverSide && serverSide.getEphemeralKeyInfo());
        const a = c.exportKeyingMaterial(32, 'EXPERIMENTAL test');
        const b = serverSide.exportKeyingMaterial(32, 'EXPERIMENTAL test');
        const ctx = c.exportKeyingMaterial(16, 'EXPERIMENTAL test', Buffer.from('ctx'));
        console.log('  keying material', a.length, a.equals(b), ctx.length, ctx.equals(a.subarray(0, 16)));
        const x = c.getPeerX509Certificate();
        console.log('  peer X509', x.constructor.name, x.subject.split('\n').pop(), x.issuer.split('\n').pop());
        console.log('  server cipher same', JSON.stringify(serverSide.getCipher()) === JSON.stringify(cipher));
        c.end();
      });
      c.on('error', (e) => errs.push('  client error ' + e.code));
      // The two sides' failures come in either order.
      c.on('close', () => setTimeout(() => {
        for (const e of errs.sort()) console.log(e);
        server.close(resolve);
      }, 50));
    });
  });
}

(async () => {
  for (const c of cases) await run(c);
  const probe = new tls.TLSSocket();
  console.log('before handshake', probe.getCipher(), probe.getEphemeralKeyInfo());
  try {
    probe.exportKeyingMaterial(8, 'x');
  } catch (e) {
    console.log(e.code, e.message);
  }
  for (const bad of [[8], ['8', 'x'], [8, 'x', 'ctx']]) {
    try {
      probe.exportKeyingMaterial(...bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  for (const curve of ['bogus', 'X25519:nope']) {
    try {
      tls.createSecureContext({ ecdhCurve: curve });
    } catch (e) {
      console.log(curve, e.code, e.message);
    }
  }
})();
