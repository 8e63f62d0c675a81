// A 2 MiB body each way, through backpressure on both ends.
const http = require('http');
const size = 2 * 1024 * 1024;
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    console.log('server received', n);
    const chunk = Buffer.alloc(64 * 1024, 'y');
    let left = size / chunk.length;
    const write = () => {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) return res.once('drain', write);
      }
      res.end();
    };
    write();
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', headers: { 'Content-Length': size } }, (res) => {
    let n = 0;
    res.on('data', (d) => { n += d.length; });
    res.on('end', () => { console.log('client received', n); server.close(); });
  });
  const chunk = Buffer.alloc(256 * 1024, 'x');
  let left = size / chunk.length;
  const write = () => {
    while (left > 0) {
      left--;
      if (!req.write(chunk)) return req.once('drain', write);
    }
    req.end();
  };
  write();
});
