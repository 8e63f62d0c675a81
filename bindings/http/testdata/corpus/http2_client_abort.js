// A client closing its stream before the server answers: the server's
// stream and request hear 'aborted' and 'close'.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log('request', req.url);
  req.on('aborted', () => console.log('req aborted'));
  res.on('close', () => {
    console.log('res close', res.writableEnded);
    session.close();
    server.close(() => console.log('server closed'));
  });
  req.stream.on('aborted', () => console.log('stream aborted'));
  setTimeout(() => req.stream.emit('probe'), 0);
  req.stream.once('probe', () => client.close());
});
let session, client;
server.listen(0, '127.0.0.1', () => {
  session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  client = session.request({ ':path': '/slow' });
  client.on('close', () => console.log('client stream close'));
  client.on('error', (e) => console.log('client error', e.code));
  client.on('response', () => console.log('unexpected response'));
});
