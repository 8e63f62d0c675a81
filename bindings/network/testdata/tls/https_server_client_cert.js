// Client certificates on an https server: requestCert asks for one, ca
// checks it; the request's socket tells whether the client was
// authorized and shows its certificate. With rejectUnauthorized a client
// without a good certificate gets no answer.
const https = require('https');
const pki = require('./_pki');

function serve(options) {
  const server = https.createServer({ key: pki('server-key.pem'), cert: pki('server.pem'), ...options }, (req, res) => {
    const s = req.socket;
    const peer = s.getPeerCertificate();
    res.end(`authorized=${s.authorized} error=${s.authorizationError} CN=${peer.subject ? peer.subject.CN : '-'} client=${req.client === s}`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function get(server, label, opts) {
  return new Promise((resolve) => {
    const req = https.get({
      host: '127.0.0.1', port: server.address().port, ca: pki('ca.pem'), servername: 'localhost', agent: false, ...opts,
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log(label, res.statusCode, body); resolve(); });
    });
    req.on('error', (e) => { console.log(label, 'error', e.code); resolve(); });
  });
}

const client = { key: pki('client-key.pem'), cert: pki('client.pem') };
const self = { key: pki('self-key.pem'), cert: pki('self.pem') };

(async () => {
  let server = await serve({ requestCert: true, rejectUnauthorized: false, ca: pki('ca.pem') });
  await get(server, 'lenient, good cert', client);
  await get(server, 'lenient, no cert', {});
  await get(server, 'lenient, self-signed', self);
  server.close();

  server = await serve({ requestCert: true, ca: pki('ca.pem') });
  server.on('secureConnection', (s) => console.log('secureConnection', s.authorized));
  await get(server, 'strict, good cert', client);
  await get(server, 'strict, no cert', {});
  await get(server, 'strict, self-signed', self);
  server.close();

  server = await serve({});
  await get(server, 'not asked', client);
  server.close();
})();
