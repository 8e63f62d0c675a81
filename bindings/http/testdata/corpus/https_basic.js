// https: a server with a key and certificate, clients trusting it by ca,
// refusing it without, and accepting it with rejectUnauthorized: false.
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = fs.readFileSync(path.join(__dirname, '..', 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, '..', 'cert.pem'));
const server = https.createServer({ key, cert }, (req, res) => {
  res.end('secure ' + req.url + ' ' + req.socket.encrypted);
});
function get(opts, cb) {
  const req = https.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...opts }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(opts.path, res.statusCode, body); cb(); });
  });
  req.on('error', (e) => { console.log(opts.path, 'error', e.code); cb(); });
}
server.listen(0, '127.0.0.1', () => {
  get({ path: '/ca', ca: cert }, () =>
    get({ path: '/untrusted' }, () =>
      get({ path: '/insecure', rejectUnauthorized: false }, () => {
        console.log(https.globalAgent.defaultPort, https.globalAgent.protocol);
        server.close();
      })));
});
