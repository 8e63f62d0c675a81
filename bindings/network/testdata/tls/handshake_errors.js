// Handshake failures get OpenSSL's codes, as node's: a plain HTTP or
// proxy request or junk on a TLS port, and versions the sides don't share
// (the server's tlsClientError, the client's alert).
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

let lines = [];
// Each case's lines print sorted: the two sides fail concurrently.
const show = (tag, e) => lines.push([tag, e.code, e.library, e.reason, e.message.includes(e.reason)].join(' '));
const plain = (text) => (port, done) => {
  const p = net.connect(port, '127.0.0.1', () => p.end(text));
  p.on('error', () => {});
  p.resume();
  p.on('close', done);
};
const cases = [
  ['http', {}, plain('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['post', {}, plain('POST / HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['proxy', {}, plain('CONNECT example:443 HTTP/1.1\r\n\r\n')],
  ['junk', {}, plain('this is not a TLS hello')],
  ['version', { minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }],
];
function next(i) {
  if (i === cases.length) return;
  const [tag, serverOptions, client] = cases[i];
  const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem'), ...serverOptions });
  let pending = 2;
  const done = () => {
    if (--pending > 0) return;
    console.log(lines.sort().join('\n'));
    lines = [];
    server.close(() => next(i + 1));
  };
  server.on('tlsClientError', (e) => {
    show(`${tag} server`, e);
    done();
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    if (typeof client === 'function') return client(port, done);
    const c = tls.connect({ port, host: '127.0.0.1', ca: pki('ca.pem'), servername: 'localhost', ...client });
    c.on('secureConnect', () => lines.push(`${tag} client secure`));
    c.on('error', (e) => {
      show(`${tag} client`, e);
      done();
    });
  });
}
next(0);
