// tls.connect({socket}) refusing the peer: a certificate for another
// name, and one from an unknown issuer, each with node's code.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const cases = [
  ['other', { ca: pki('ca.pem'), servername: 'localhost' }],
  ['server', { ca: pki('ca.pem'), servername: 'other.test' }],
  ['server', { servername: 'localhost' }],
];
let i = 0;
(function next() {
  if (i === cases.length) return;
  const [name, opts] = cases[i++];
  const server = tls.createServer({ key: pki(`${name}-key.pem`), cert: pki(`${name}.pem`) }, (s) => s.end('ok'));
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const plain = net.connect(server.address().port, '127.0.0.1', () => {
      const c = tls.connect({ socket: plain, ...opts }, () => console.log(name, 'connected'));
      c.on('error', (e) => console.log(name, 'error', e.code, e.message));
      c.on('secure', () => console.log(name, 'secure', c.destroyed));
      c.resume();
      c.on('close', () => server.close(next));
    });
  });
})();
