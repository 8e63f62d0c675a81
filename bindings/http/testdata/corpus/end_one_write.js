// A response's end(body) after writeHead: the head and body on the wire
// (framed by Content-Length, chunked, or not at all for HEAD), a head
// with a latin1 header value beside a utf8 body, 'finish' and 'close'
// after end returns, and a bodiless request complete only after its
// listener ran, over one keep-alive connection.
const http = require('http');
const net = require('net');

const cases = [
  (req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }),
  (req, res) => res.writeHead(200, { 'Content-Length': 6 }),
  (req, res) => res.writeHead(201, 'Made', { 'X-Name': 'caf\u00e9' }),
  (req, res) => { res.statusMessage = 'Fine'; res.setHeader('X-A', '1'); res.writeHead(202); },
  (req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }),
];
let n = 0;
const server = http.createServer((req, res) => {
  const i = n++;
  console.log(i, req.method, req.url, 'complete in listener', req.complete);
  cases[i](req, res);
  res.on('finish', () => console.log(i, 'finish', req.complete));
  res.on('close', () => console.log(i, 'close'));
  const r = res.end('h\u00e9llo');
  console.log(i, 'end returned', r === res, res.writableEnded, res.headersSent, res.writableFinished);
  process.nextTick(() => console.log(i, 'tick after end'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log(JSON.stringify(got.replace(/Date: [^\r]*\r\n/g, '')));
    server.close(() => console.log('closed'));
  });
  c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /c HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /d HTTP/1.1\r\nHost: x\r\n\r\n' +
    'HEAD /e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
