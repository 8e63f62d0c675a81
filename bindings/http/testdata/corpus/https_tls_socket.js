// An https client's socket is a TLS socket: authorized and
// authorizationError (the chain and the name checked, a refused peer
// failing the request with node's error), getProtocol(),
// getCipher(), getPeerCertificate(), isSessionReused(); and an Agent keeps
// each connection name's last TLS session (at most maxCachedSessions) for
// the next connection to resume.
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, '..', 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, '..', 'cert.pem'));
// The TLS server is node's own tls module's, so that sessions resume
// whichever runtime serves them.
const server = tls.createServer({ key, cert, maxVersion: 'TLSv1.2' }, (s) => {
  s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new https.Agent({ maxCachedSessions: 1 });
  const get = (label, opts) => new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port, path: '/', agent, ...opts }, (res) => {
      const s = res.socket;
      console.log(label, 'authorized', s.authorized, s.authorizationError, 'encrypted', s.encrypted);
      console.log('  protocol', s.getProtocol(), 'cipher', s.getCipher().name, 'reused', s.isSessionReused());
      // A resumed session does not keep the peer's chain.
      console.log('  peer', JSON.stringify(s.getPeerCertificate().subject));
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', (e) => {
      console.log(label, 'error', e.code, e.message);
      resolve();
    });
  });
  await get('first', { ca: cert, servername: 'localhost' });
  console.log('cached', agent._sessionCache.list.length);
  await get('again', { ca: cert, servername: 'localhost' });
  await get('unchecked', { rejectUnauthorized: false });
  await get('wrong name', { ca: cert, servername: 'other.test', rejectUnauthorized: false });
  console.log('cached', agent._sessionCache.list.length);
  await get('unchecked again', { rejectUnauthorized: false });
  await get('refused name', { ca: cert, servername: 'other.test' });
  await get('refused chain', {});
  await get('own check', { ca: cert, servername: 'localhost', checkServerIdentity: (name) => new Error('not ' + name) });
  server.close();
});
