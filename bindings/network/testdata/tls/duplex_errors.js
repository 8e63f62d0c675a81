// TLS over JS Duplex pairs whose peer is refused, or gone: node's codes
// for a self-signed certificate, an unknown issuer, a name the
// certificate does not hold, the same accepted with rejectUnauthorized
// false, and a stream that ends before the handshake (ECONNRESET). The
// server side is a tls.Server given each stream through 'connection'
// (what it sees of a refused client is a race, so only the client's side
// is printed).
const { Duplex } = require('stream');
const tls = require('tls');
const pki = require('./_pki');

function pair() {
  let a, b;
  const make = (other) => new Duplex({
    read() {},
    write(chunk, enc, cb) { other().push(chunk); cb(); },
    final(cb) { other().push(null); cb(); },
    // A stream destroyed ends its peer's input, as a closed socket would.
    destroy(err, cb) { if (!other().readableEnded) other().push(null); cb(err); },
  });
  a = make(() => b);
  b = make(() => a);
  return [a, b];
}

const cases = [
  ['self', { servername: 'localhost' }],
  ['server', { servername: 'localhost' }],
  ['server', { ca: pki('ca.pem'), servername: 'other.test' }],
  ['server', { ca: pki('ca.pem'), servername: 'other.test', rejectUnauthorized: false }],
  ['self', { rejectUnauthorized: false }],
];
let i = 0;
const keep = setInterval(() => {}, 1000);
(function next() {
  if (i === cases.length) {
    early();
    return;
  }
  const [name, opts] = cases[i++];
  const server = tls.createServer({ key: pki(`${name}-key.pem`), cert: pki(`${name}.pem`) });
  server.on('secureConnection', (s) => {
    s.on('error', () => {});
    s.end(`hi ${s.encrypted} ${s.authorized}`);
  });
  server.on('tlsClientError', () => {});
  const [c, s] = pair();
  server.emit('connection', s);
  const sock = tls.connect({ socket: c, ...opts }, () => {
    console.log(name, 'secureConnect', sock.authorized, sock.authorizationError);
  });
  sock.on('error', (e) => console.log(name, 'error', e.code, e.message));
  sock.on('data', (d) => {
    console.log(name, 'data', String(d));
    sock.destroy();
  });
  sock.on('close', () => {
    console.log(name, 'close', sock.destroyed);
    setTimeout(next, 10);
  });
})();

// A peer that ends its stream at once: the client's handshake fails.
function early() {
  const [c, s] = pair();
  s.on('data', () => s.end());
  const sock = tls.connect({ socket: c, servername: 'localhost' }, () => console.log('early connected'));
  sock.on('error', (e) => console.log('early error', e.code, e.message));
  sock.on('close', () => {
    console.log('early close');
    clearInterval(keep);
  });
}
