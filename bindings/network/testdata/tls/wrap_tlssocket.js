// new tls.TLSSocket(socket, options) over a connected net.Socket: the
// handshake starts at once; the events and what the socket reports.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  s.once('data', (d) => s.end(`hello ${d} ${s.servername}`));
});
server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1', () => {
    const t = new tls.TLSSocket(plain, { ca: pki('ca.pem'), servername: 'localhost' });
    console.log('made', t.encrypted, t instanceof net.Socket);
    t.write('x');
    for (const ev of ['connect', 'secureConnect', 'secure', 'end']) {
      t.on(ev, () => console.log('tls', ev, t.getProtocol(), t.getPeerCertificate().subject.CN, t.authorized, t.authorizationError, t.servername));
    }
    let got = '';
    t.setEncoding('utf8');
    t.on('data', (d) => { got += d; });
    t.on('close', () => {
      console.log('got', got);
      server.close();
    });
  });
});
