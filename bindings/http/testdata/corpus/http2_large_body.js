// A megabyte each way over h2c: flow control windows are crossed many
// times; the server echoes the request body back, hashed on both sides.
const http2 = require('http2');
const crypto = require('crypto');

const payload = Buffer.alloc(1 << 20);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;
const want = crypto.createHash('sha256').update(payload).digest('hex').slice(0, 16);

const server = http2.createServer();
server.on('stream', (stream) => {
  const h = crypto.createHash('sha256');
  let n = 0;
  stream.on('data', (c) => { n += c.length; h.update(c); });
  stream.on('end', () => {
    console.log('server got', n, h.digest('hex').slice(0, 16) === want);
    stream.respond({ ':status': 200 });
    for (let i = 0; i < 16; i++) stream.write(payload.subarray(i * 65536, (i + 1) * 65536));
    stream.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const req = session.request({ ':method': 'PUT', ':path': '/echo' });
  req.end(payload);
  const h = crypto.createHash('sha256');
  let n = 0;
  req.on('data', (c) => { n += c.length; h.update(c); });
  req.on('end', () => {
    console.log('client got', n, h.digest('hex').slice(0, 16) === want);
    session.close(() => server.close(() => console.log('closed')));
  });
});
