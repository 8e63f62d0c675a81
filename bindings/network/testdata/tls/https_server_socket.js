// An https server is a tls.Server, and the socket a request sees is a
// tls.TLSSocket: encrypted, with its protocol, cipher, ALPN and the
// certificate it presented; 'connection' and 'secureConnection' come
// before the request, and req.client is the socket.
const https = require('https');
const tls = require('tls');
const net = require('net');
const http = require('http');
const pki = require('./_pki');

const events = [];
const server = https.createServer({
  key: pki('server-key.pem'), cert: pki('server.pem'), maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
}, (req, res) => {
  const s = req.socket;
  events.push('request');
  console.log('events', events.join(' '));
  console.log('TLSSocket', s instanceof tls.TLSSocket, 'net.Socket', s instanceof net.Socket, 'constructor', s.constructor.name);
  console.log('encrypted', s.encrypted, 'client is socket', req.client === s, 'res.socket', res.socket === s);
  console.log('protocol', s.getProtocol(), 'cipher', JSON.stringify(s.getCipher()));
  console.log('alpn', s.alpnProtocol, 'servername', s.servername, 'authorized', s.authorized, s.authorizationError);
  console.log('peer certificate', JSON.stringify(s.getPeerCertificate()), 'reused', s.isSessionReused());
  console.log('certificate CN', s.getCertificate().subject.CN);
  console.log('address', s.remoteAddress, s.localAddress === '127.0.0.1', typeof s.remotePort);
  res.end(`hello ${req.url}`);
});
console.log('server is tls.Server', server instanceof tls.Server, 'net.Server', server instanceof net.Server,
  'http.Server', server instanceof http.Server, 'https.Server', server instanceof https.Server);
console.log('requestCert', server.requestCert, 'rejectUnauthorized', server.rejectUnauthorized);
server.on('connection', () => events.push('connection'));
server.on('secureConnection', (s) => events.push(`secureConnection:${s instanceof tls.TLSSocket}`));

function get(path, opts) {
  return new Promise((resolve) => {
    https.get({ host: '127.0.0.1', port: server.address().port, path, ca: pki('ca.pem'), servername: 'localhost', ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('client got', res.statusCode, body, 'alpn', res.socket.alpnProtocol);
        resolve();
      });
    }).on('error', (e) => { console.log('client error', e.code); resolve(); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/plain', { agent: false });
  events.length = 0;
  // As node's: http/1.1 is what the server offers by default.
  await get('/alpn', { agent: false, ALPNProtocols: ['h2', 'http/1.1'] });
  server.close(() => console.log('closed'));
});
