// A server closing a stream before answering: the client's stream fails
// with ERR_HTTP2_STREAM_ERROR and node's RST_STREAM code.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', (e) => console.log('server error', e.code, e.message));
  stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
});
server.listen(0, '127.0.0.1', () => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const req = session.request({ ':path': '/reset' });
  req.on('response', () => console.log('unexpected response'));
  req.on('error', (e) => console.log('client error', e.code, e.message, req.rstCode));
  req.on('close', () => {
    console.log('client close');
    session.close();
    server.close(() => console.log('server closed'));
  });
});
