// end(body) with bodies about the size the one-write path takes and
// beyond it (ASCII and not), framed by Content-Length or chunked, the
// status a writeHead leaves, and request heads repeated, changed and
// repeated again over one keep-alive connection: each response whole
// and in order on the wire.
const http = require('http');
const net = require('net');

const bodies = [
  'short',
  'a'.repeat(4095),
  'b'.repeat(4096),
  '\u00e9'.repeat(2047),
  '\u00e9'.repeat(3000),
  'c'.repeat(20000),
  '\u20ac'.repeat(1400),
];
let n = 0;
const server = http.createServer((req, res) => {
  const i = n++;
  const body = bodies[i % bodies.length];
  if (i % 3 === 1) res.statusCode = 404;
  const headers = i % 2 === 0 ? { 'Content-Type': 'text/plain' } : { 'Content-Length': Buffer.byteLength(body) };
  res.writeHead(i % 4 === 3 ? 201 : 200, headers);
  console.log(i, req.method, req.url, req.headers['x-n'], res.statusCode, res.statusMessage, res.getHeader('content-length'));
  res.on('finish', () => console.log(i, 'finish'));
  res.end(body);
  console.log(i, 'ended', res.writableEnded, res.headersSent);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    got = got.replace(/Date: [^\r]*\r\n/g, '');
    const parts = got.split('HTTP/1.1 ');
    for (const p of parts.slice(1)) {
      const end = p.indexOf('\r\n\r\n');
      console.log(JSON.stringify(p.slice(0, end)), p.length - end - 4);
    }
    server.close(() => console.log('closed'));
  });
  const heads = ['GET /same HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /same HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /other HTTP/1.1\r\nHost: x\r\nX-N: 1\r\n\r\n', 'GET /same HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /same HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /same HTTP/1.1\r\nHost: x\r\nX-N: 2\r\n\r\n'];
  c.write(heads.join(''));
  setTimeout(() => c.write('GET /same HTTP/1.1\r\nHost: x\r\nX-N: 2\r\nConnection: close\r\n\r\n'), 50);
});
