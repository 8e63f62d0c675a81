// An http2 server (h2c, or TLS when argv[2] is "tls") that echoes each
// request; it reports its port, then serves until its one client leaves.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const tls = process.argv[2] === 'tls';
const opts = tls ? {
  key: fs.readFileSync(path.join(__dirname, '..', 'key.pem')),
  cert: fs.readFileSync(path.join(__dirname, '..', 'cert.pem')),
} : {};
const server = (tls ? http2.createSecureServer : http2.createServer)(opts, (req, res) => {
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/plain', 'x-server': 'h2' });
    res.end(`${req.method} ${req.url} ${req.headers['x-client']} ${n}`);
    if (req.url === '/last') server.close();
  });
});
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
