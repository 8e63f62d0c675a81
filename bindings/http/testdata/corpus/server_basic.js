// A GET and its answer: method, url, headers, rawHeaders, status, body.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion, req.headers['x-test'], req.rawHeaders.filter((_, i) => i % 2 === 0));
  res.statusCode = 201;
  res.setHeader('X-Reply', 'yes');
  res.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1', path: '/a/b?c=d', headers: { 'X-Test': 'One' } }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.httpVersion, res.headers['x-reply'], res.headers['content-length']);
    console.log('raw names:', res.rawHeaders.filter((_, i) => i % 2 === 0));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log('body:', body); server.close(() => console.log('closed')); });
  });
});
