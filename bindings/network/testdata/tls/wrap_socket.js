// tls.connect({socket}) over a connected net.Socket: the handshake and
// the records go through the plain socket's connection; the events of
// both sockets in order.
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(`echo ${d} ${s.servername}`));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const plain = net.connect(port, '127.0.0.1', () => {
    console.log('plain connect');
    const c = tls.connect({ socket: plain, ca: pki('ca.pem'), servername: 'localhost' }, () => {
      console.log('secureConnect', c.authorized, c.authorizationError, c.encrypted, c.getProtocol(), c.servername);
      console.log(c.getPeerCertificate().subject.CN, c.remoteAddress === plain.remoteAddress, c.remotePort === port);
      console.log('parent', plain.remotePort === port, plain.localPort === c.localPort, plain.remoteAddress);
      c.write('hi');
    });
    for (const ev of ['connect', 'ready', 'secure', 'end', 'finish']) c.on(ev, () => console.log('tls', ev));
    c.on('close', (hadError) => {
      console.log('tls close', hadError);
      server.close();
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('data', d));
    plain.on('data', (d) => console.log('plain data', d.length));
    plain.on('end', () => console.log('plain end'));
    plain.on('close', () => console.log('plain close'));
    plain.on('error', (e) => console.log('plain error', e.code));
  });
});
