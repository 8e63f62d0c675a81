// tls.connect({socket}) right after net.connect, while the socket is
// still connecting; without a CA the client accepts the peer only with
// rejectUnauthorized false.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  s.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const plain = net.connect(port, '127.0.0.1');
  const c = tls.connect({ socket: plain, rejectUnauthorized: false }, () => {
    console.log('secureConnect', c.authorized, c.authorizationError, c.servername);
  });
  for (const ev of ['connect', 'ready', 'secure']) c.on(ev, () => console.log('tls', ev));
  plain.on('connect', () => console.log('plain connect'));
  plain.on('close', () => console.log('plain close'));
  console.log('connecting', plain.connecting);
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('got', got));
  c.on('close', () => console.log('tls close'));
  server.on('close', () => {});
  c.on('close', () => server.close(() => console.log('closed')));
});
