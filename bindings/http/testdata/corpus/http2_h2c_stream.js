// An h2c server answering with the 'stream' API and a client session
// making GET and POST requests over one connection.
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server stream', headers[':method'], headers[':path'], headers[':scheme'], headers['x-test']);
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (c) => { body += c; });
  stream.on('end', () => {
    stream.respond({ ':status': 201, 'content-type': 'text/plain', 'x-reply': 'yes' });
    stream.end(`got ${headers[':method']} ${body.length} bytes: ${body}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const session = http2.connect(`http://127.0.0.1:${port}`);
  session.on('connect', () => console.log('connect', session.encrypted, session.alpnProtocol));
  session.on('close', () => {
    console.log('session close', session.closed, session.destroyed);
    server.close(() => console.log('server closed'));
  });

  const get = (next) => {
    const req = session.request({ ':path': '/hello?x=1', 'x-test': 'one' });
    req.on('response', (h, flags) => {
      console.log('response', h[':status'], h['content-type'], h['x-reply'], typeof h.date, typeof flags);
    });
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { data += c; });
    req.on('end', () => { console.log('GET body:', data); });
    req.on('close', () => { console.log('GET stream close'); next(); });
  };
  const post = () => {
    const req = session.request({ ':method': 'POST', ':path': '/submit', 'content-type': 'text/plain' });
    req.write('hello ');
    req.end('world');
    req.on('response', (h) => console.log('POST status', h[':status']));
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => {
      console.log('POST body:', data);
      session.close();
    });
  };
  get(post);
});
