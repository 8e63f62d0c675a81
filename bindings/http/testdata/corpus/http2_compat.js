// The compatibility API of an h2c server: 'request' with
// Http2ServerRequest/Http2ServerResponse, writeHead, setHeader, end.
const http2 = require('http2');

const server = http2.createServer((req, res) => {
  console.log('request', req.method, req.url, req.httpVersion, req.headers[':authority'] !== undefined,
    req instanceof http2.Http2ServerRequest, res instanceof http2.Http2ServerResponse);
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      console.log('has header', res.hasHeader('content-type'), res.getHeader('CONTENT-TYPE'), res.headersSent);
      res.end(JSON.stringify({ body, len: body.length }));
      console.log('after end', res.headersSent, res.finished);
    } else {
      res.statusCode = 404;
      res.writeHead(404, { 'x-missing': req.url });
      res.write('not ');
      res.end('found');
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http2.connect(`http://127.0.0.1:${port}`, (session) => {
    console.log('connected', session.encrypted);
    const ask = (headers, body, done) => {
      const req = session.request(headers);
      req.on('response', (h) => console.log('status', h[':status'], h['content-type'], h['x-missing'], h['set-cookie']));
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (c) => { data += c; });
      req.on('end', () => { console.log('body', data); done(); });
      if (body !== undefined) req.end(body);
    };
    ask({ ':method': 'POST', ':path': '/json' }, 'payload', () => {
      ask({ ':path': '/nope' }, undefined, () => {
        session.close(() => {
          console.log('session closed');
          server.close();
        });
      });
    });
  });
});
