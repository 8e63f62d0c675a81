// https servers in workers listen through the primary (round-robin), as
// http servers do: both workers report the one port, and requests are
// served by the workers over TLS checked against the test certificate.
const cluster = require('cluster');
const https = require('https');
const fs = require('fs');
const path = require('path');
const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'http', 'testdata', name));

if (cluster.isPrimary) {
  const ports = [];
  cluster.on('listening', (w, addr) => {
    ports.push(addr.port);
    if (ports.length < 2) {
      cluster.fork();
      return;
    }
    console.log('one port', ports[0] === ports[1], addr.address, addr.addressType);
    const got = [];
    let left = 4;
    for (let i = 0; i < 4; i++) {
      https.get({ host: '127.0.0.1', port: addr.port, path: '/p' + i, agent: false, ca: fixture('cert.pem') }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => body += d);
        res.on('end', () => {
          got.push(`${res.statusCode} ${body.replace(/w\d/, 'w')}`);
          if (--left === 0) {
            console.log(got.sort().join('\n'));
            cluster.disconnect();
          }
        });
      }).on('error', (e) => console.log('error', e.code, e.message));
    }
  });
  cluster.on('exit', (w, code) => console.log('exit', code));
  cluster.fork();
} else {
  https.createServer({ key: fixture('key.pem'), cert: fixture('cert.pem') }, (req, res) => {
    res.end(`${req.url} ${req.socket.encrypted} w${cluster.worker.id}`);
  }).listen(0, '127.0.0.1');
}
