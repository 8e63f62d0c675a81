// tls servers in workers under SCHED_NONE share the primary's listening
// socket: one port for both, and each connection is secured in the worker
// that accepted it (ALPN, the server name and the client's check as
// without cluster).
const cluster = require('cluster');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'http', 'testdata', name));

cluster.schedulingPolicy = cluster.SCHED_NONE;
if (cluster.isPrimary) {
  const ports = [];
  cluster.on('listening', (w, addr) => {
    ports.push(addr.port);
    if (ports.length < 2) {
      cluster.fork();
      return;
    }
    console.log('one port', ports[0] === ports[1]);
    const got = [];
    let left = 3;
    for (let i = 0; i < 3; i++) {
      const c = tls.connect({ port: addr.port, host: '127.0.0.1', servername: 'localhost', ca: fixture('cert.pem'), ALPNProtocols: ['b'] }, () => {
        got.push(`connect ${c.authorized} ${c.alpnProtocol}`);
        c.write('m' + i);
      });
      c.setEncoding('utf8');
      c.on('data', (d) => got.push(d.replace(/w\d/, 'w')));
      c.on('close', () => {
        if (--left === 0) {
          console.log(got.sort().join('\n'));
          cluster.disconnect();
        }
      });
    }
  });
  cluster.on('exit', (w, code) => console.log('exit', code));
  cluster.fork();
} else {
  const server = tls.createServer({ key: fixture('key.pem'), cert: fixture('cert.pem'), ALPNProtocols: ['a', 'b'] }, (s) => {
    s.setEncoding('utf8');
    s.on('data', (d) => s.end(`${d} ${s.servername} ${s.alpnProtocol} w${cluster.worker.id}`));
  });
  server.on('connection', (s) => {
    if (!(s instanceof tls.TLSSocket)) console.log('plain connection');
  });
  server.listen(0, '127.0.0.1');
}
