// Interop server: plain TCP, or TLS with the test PKI when argv[2] is
// "tls". Prints its port, answers one client in upper case after the
// client's half-close, then closes.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const secure = process.argv[2] === 'tls';
const pki = (name) => fs.readFileSync(path.join(process.env.JSPROC_TEST_PKI || '.', name));
const onSocket = (s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    const protocol = secure ? s.getProtocol() : '';
    s.end(got.toUpperCase());
    server.close(() => console.log(`served ${got.length} ${got.slice(0, 16)}${secure ? ` ${protocol}` : ''}`));
  });
};
const server = secure
  ? tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem'), allowHalfOpen: true }, onSocket)
  : net.createServer({ allowHalfOpen: true }, onSocket);
server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));
