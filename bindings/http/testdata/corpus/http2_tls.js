// http2 over TLS: a secure server, a client trusting it by ca, one
// refusing it without, one accepting it with rejectUnauthorized: false.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const key = fs.readFileSync(path.join(__dirname, '..', 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, '..', 'cert.pem'));

const server = http2.createSecureServer({ key, cert }, (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(`secure ${req.url} ${req.scheme}`);
});

function get(name, opts, done) {
  const url = `https://127.0.0.1:${server.address().port}`;
  const session = http2.connect(url, opts);
  session.on('error', (e) => { console.log(name, 'error', e.code); });
  session.on('close', done);
  session.on('connect', () => {
    console.log(name, 'connect', session.encrypted, session.alpnProtocol);
    const req = session.request({ ':path': '/' + name });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', () => { console.log(name, 'body', body); session.close(); });
  });
}

server.listen(0, '127.0.0.1', () => {
  get('ca', { ca: cert }, () =>
    get('noca', {}, () =>
      get('insecure', { rejectUnauthorized: false }, () => server.close(() => console.log('done')))));
});
