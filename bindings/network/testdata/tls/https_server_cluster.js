// A cluster worker's https server: the primary accepts, the worker
// secures each connection it is handed as its own listener would, with
// its TLS options, and the request's socket is a TLSSocket.
const cluster = require('cluster');
const https = require('https');
const tls = require('tls');
const pki = require('./_pki');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('message', (m) => {
    https.get({ port: m.port, host: '127.0.0.1', ca: pki('ca.pem'), servername: 'localhost', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('primary got', res.statusCode, body);
        worker.kill();
      });
    });
  });
  worker.on('exit', () => console.log('worker gone'));
} else {
  const server = https.createServer({ key: pki('server-key.pem'), cert: pki('server.pem'), maxVersion: 'TLSv1.2' }, (req, res) => {
    const s = req.socket;
    res.end(`TLSSocket=${s instanceof tls.TLSSocket} ${s.getProtocol()} ${s.getCertificate().subject.CN}`);
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
}
