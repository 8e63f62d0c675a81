'use strict';
// When the client goes away while the server is still writing an answer,
// the server ends its side of the connection too (httpAllowHalfOpen is
// false): the response closes unfinished and a pipeline into it stops
// with ERR_STREAM_PREMATURE_CLOSE, destroying its source.
const http = require('http');
const { Readable, pipeline } = require('stream');

const server = http.createServer((req, res) => {
  let sent = false;
  const rs = new Readable({
    read() {
      if (sent) return;
      sent = true;
      rs.push('hello');
    },
    destroy(err, cb) {
      console.log('source destroyed', err && err.code);
      cb();
    },
  });
  res.on('close', () => console.log('response close, finished:', res.writableFinished));
  req.on('close', () => console.log('request close'));
  res.socket.on('close', () => console.log('server socket close'));
  pipeline(rs, res, (err) => console.log('pipeline done', err && err.code));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1' });
  req.end();
  req.on('response', (res) => {
    console.log('client got', res.statusCode, res.headers['transfer-encoding']);
    setImmediate(() => {
      res.destroy();
      server.close();
    });
  });
});
