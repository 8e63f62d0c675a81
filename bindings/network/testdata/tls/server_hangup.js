// A client that leaves before its hello is over (at once, or halfway
// through the hello) reaches the server's tlsClientError as node's
// "socket hang up".
const net = require('net');
const tls = require('tls');
const pki = require('./_pki');

let n = 0;
const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') });
server.on('tlsClientError', (e, s) => {
  console.log(e.code, e.message, Object.keys(e).join(','), s instanceof tls.TLSSocket);
  if (++n === 1) halfHello();
  else server.close();
});
server.listen(0, '127.0.0.1', () => {
  net.connect(server.address().port, '127.0.0.1', function () { this.destroy(); });
});
function halfHello() {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write(Buffer.from([22, 3, 1, 0, 100, 1]), () => c.end());
  });
}
