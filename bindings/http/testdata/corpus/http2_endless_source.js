'use strict';
// A request fed by a source that pushes as soon as it is read (an endless
// stream piped in) fills the stream's buffer and waits for 'drain': writes
// complete on a later turn of the loop, so the session goes on serving,
// the echoed data comes back, and the client can stop the source; the
// stream it then destroys is reset, which the server's side sees.
const http2 = require('http2');
const { Readable, pipeline } = require('stream');

const server = http2.createServer((req, res) => {
  pipeline(req, res, (err) => console.log('server pipeline', err && err.code));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  let first;
  const rs = new Readable({
    read() { rs.push('hello'); },
  });
  const w = req.write('x');
  console.log('first write returns', w, 'pending', req.writableLength > 0);
  pipeline(rs, req, (err) => {
    console.log('client pipeline', err && err.code);
    client.close();
    server.close();
  });
  let cnt = 10;
  req.on('data', (d) => {
    if (first === undefined) first = String(d).slice(0, 6);
    if (--cnt === 0) {
      console.log('echo began with', first);
      rs.destroy();
    }
  });
});
