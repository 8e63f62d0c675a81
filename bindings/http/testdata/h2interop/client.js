// An http2 client for server.js: a GET, then a 200 KB POST, on one
// session; prints what came back.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const [kind, port, name] = process.argv.slice(2);
const tls = kind === 'tls';
const opts = tls ? { ca: fs.readFileSync(path.join(__dirname, '..', 'cert.pem')) } : {};
const session = http2.connect(`${tls ? 'https' : 'http'}://127.0.0.1:${port}`, opts);
session.on('error', (e) => { console.log('session error', e.code); process.exitCode = 1; });
function ask(headers, body) {
  return new Promise((resolve, reject) => {
    const req = session.request({ 'x-client': name, ...headers });
    let status, server, text = '';
    req.on('response', (h) => { status = h[':status']; server = h['x-server']; });
    req.setEncoding('utf8');
    req.on('data', (c) => { text += c; });
    req.on('end', () => resolve(`${status} ${server} ${text}`));
    req.on('error', reject);
    if (body) req.end(body);
  });
}
(async () => {
  console.log(await ask({ ':path': '/first' }));
  console.log(await ask({ ':method': 'POST', ':path': '/last' }, Buffer.alloc(200000, 97)));
  session.close();
})();
