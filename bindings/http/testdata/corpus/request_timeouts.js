// headersTimeout and requestTimeout, checked every connectionsCheckingInterval:
// a request whose head (or whole message) is late gets 408 and the socket closes.
const http = require('http');
const net = require('net');

function talk(port, chunks, label) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    const t0 = Date.now();
    c.on('connect', () => { for (const ch of chunks) c.write(ch); });
    c.on('data', (d) => { got += d; });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.on('close', () => {
      const ms = Date.now() - t0;
      console.log(label, JSON.stringify(got), ms >= 100 ? 'late' : 'early');
      resolve();
    });
  });
}

(async () => {
  const server = http.createServer({ headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 }, (req, res) => {
    console.log('request', req.method, req.url);
    req.on('data', () => {});
    req.on('end', () => res.end('done'));
  });
  console.log(server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.timeout);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  await talk(port, [], 'silent');
  await talk(port, ['GET / HTTP/1.1\r\nHost: x\r\n'], 'partial head');
  await talk(port, ['POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc'], 'partial body');
  // The client's close and the server's end of input race: the server's
  // side is printed after both.
  const seen = [];
  server.on('clientError', (err, socket) => {
    seen.push(['clientError', err.code, err.message, err.bytesParsed, socket.writable].join(' '));
    socket.end('HTTP/1.1 408 Custom\r\nConnection: close\r\n\r\n');
  });
  await talk(port, ['GET / HTTP/1.1\r\n'], 'with clientError');
  setTimeout(() => {
    for (const line of seen) console.log(line);
    server.close(() => console.log('closed'));
  }, 100);
})();
