// Duplicate request headers: joined, kept as an array, or dropped, as node does.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.headers);
  console.log(req.headersDistinct['x-list'], req.rawHeaders.length);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1',
    headers: [
      'X-List', 'a', 'x-list', 'b', 'Set-Cookie', 'c1=1', 'set-cookie', 'c2=2', 'Cookie', 'k=1', 'cookie', 'j=2',
      'Content-Type', 'text/plain', 'content-type', 'text/html', 'User-Agent', 'u1', 'user-agent', 'u2', 'Host', 'h',
    ],
  }, (res) => { res.resume(); res.on('end', () => server.close()); });
  req.end();
});
