// Certificates the client must refuse, each with node's error code and
// message; with rejectUnauthorized false it connects and reports why.
const tls = require('tls');
const pki = require('./_pki');

const cases = [
  ['self', {}],
  ['server', {}],
  ['expired', { ca: pki('ca.pem') }],
  ['other', { ca: pki('ca.pem') }],
  ['server', { ca: pki('ca.pem'), servername: 'other.test' }],
  ['self', { rejectUnauthorized: false }],
  ['other', { ca: pki('ca.pem'), rejectUnauthorized: false }],
];
let i = 0;
(function next() {
  if (i === cases.length) return;
  const [name, opts] = cases[i++];
  const server = tls.createServer({ key: pki(`${name}-key.pem`), cert: pki(`${name}.pem`) }, (s) => s.end('ok'));
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ...opts }, () => {
      console.log(name, 'connected', c.authorized, c.authorizationError);
    });
    c.on('error', (e) => console.log(name, 'error', e.code, e.message));
    c.resume();
    c.on('close', () => server.close(next));
  });
})();
