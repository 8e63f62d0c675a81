// STARTTLS: a plain conversation on a net.Socket, then TLS over the same
// connection on both sides (a server TLSSocket over the accepted socket, a
// client tls.connect({socket})), each after reading from its socket; the
// events of each side and what crosses in clear and secured.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const logs = { server: [], client: [] };
const log = (side, ...args) => logs[side].push(args.join(' '));
let closed = 0;
function onClose() {
  if (++closed < 2) return;
  server.close(() => {
    for (const side of Object.keys(logs)) console.log(side, logs[side]);
  });
}

const server = net.createServer((sock) => {
  sock.write('220 ready\r\n');
  sock.once('data', (d) => {
    log('server', 'plain', JSON.stringify(String(d)));
    sock.write('220 go ahead\r\n');
    const secure = new tls.TLSSocket(sock, { isServer: true, key: pki('server-key.pem'), cert: pki('server.pem') });
    for (const ev of ['secure', 'end', 'finish']) secure.on(ev, () => log('server', ev));
    secure.on('secure', () => log('server', 'protocol', secure.getProtocol(), secure.encrypted, secure.remoteAddress === sock.remoteAddress));
    secure.setEncoding('utf8');
    secure.on('data', (m) => {
      log('server', 'secured', JSON.stringify(m));
      secure.end('250 ok\r\n');
    });
    secure.on('close', (e) => { log('server', 'close', e); onClose(); });
    secure.on('error', (e) => log('server', 'error', e.code));
    sock.on('close', () => log('server', 'plain close'));
  });
});

server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1');
  let step = 0;
  plain.setEncoding('utf8');
  plain.on('data', (d) => {
    log('client', 'plain', JSON.stringify(d));
    if (step++ === 0) {
      plain.write('STARTTLS\r\n');
      return;
    }
    plain.removeAllListeners('data');
    const c = tls.connect({ socket: plain, ca: pki('ca.pem'), servername: 'localhost' }, () => {
      log('client', 'secureConnect', c.authorized, c.getProtocol(), c.getPeerCertificate().subject.CN, c.remotePort === plain.remotePort);
      c.write('MAIL FROM:<a@b>\r\n');
    });
    for (const ev of ['connect', 'secure', 'end', 'finish']) c.on(ev, () => log('client', ev));
    c.setEncoding('utf8');
    c.on('data', (m) => log('client', 'secured', JSON.stringify(m)));
    c.on('close', (e) => { log('client', 'close', e); onClose(); });
    c.on('error', (e) => log('client', 'error', e.code));
    plain.on('close', () => log('client', 'plain close'));
  });
});
