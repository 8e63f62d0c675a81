// What an http server does, an https server does too: keep-alive
// requests on one connection, 'upgrade' and 'connect' with the TLS
// socket, server timeouts, closeIdleConnections and closeAllConnections.
const https = require('https');
const tls = require('tls');
const pki = require('./_pki');

const own = { key: pki('server-key.pem'), cert: pki('server.pem') };

function open(server) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => resolve(c));
    c.setEncoding('utf8');
    c.on('error', (e) => console.log('client error', e.code));
  });
}

function reply(c) {
  return new Promise((resolve) => c.once('data', (d) => resolve(d)));
}

const firstLine = (s) => s.split('\r\n')[0];

(async () => {
  const sockets = new Set();
  const server = https.createServer(own, (req, res) => {
    sockets.add(req.socket);
    if (req.url === '/hang') return;
    res.end(`${req.method} ${req.url}`);
  });
  server.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.headers.upgrade, socket instanceof tls.TLSSocket, socket.encrypted, head.length);
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  });
  server.on('connect', (req, socket) => {
    console.log('connect', req.url, socket instanceof tls.TLSSocket);
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

  // Keep-alive: three requests, one connection.
  const c = await open(server);
  for (const path of ['/a', '/b', '/c']) {
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const r = await reply(c);
    console.log(firstLine(r), r.slice(r.indexOf('\r\n\r\n') + 4));
  }
  console.log('one socket for all', sockets.size);
  c.end();

  const u = await open(server);
  u.write('GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  console.log('client', firstLine(await reply(u)));

  const p = await open(server);
  p.write('CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n');
  console.log('client', firstLine(await reply(p)));

  // An idle connection and a busy one: closeIdleConnections ends the
  // first, closeAllConnections the second.
  const idle = await open(server);
  idle.write('GET /idle HTTP/1.1\r\nHost: x\r\n\r\n');
  await reply(idle);
  const busy = await open(server);
  busy.write('GET /hang HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const closed = (s, label) => new Promise((resolve) => s.on('close', () => { console.log(label, 'closed'); resolve(); }));
  const idleClosed = closed(idle, 'idle');
  server.closeIdleConnections();
  await idleClosed;
  const busyClosed = closed(busy, 'busy');
  server.closeAllConnections();
  await busyClosed;

  // A server timeout on a quiet connection.
  server.setTimeout(100, (socket) => {
    console.log('timeout', socket instanceof tls.TLSSocket);
    socket.destroy();
  });
  const quiet = await open(server);
  await closed(quiet, 'quiet');
  server.close(() => console.log('server closed'));
})();
