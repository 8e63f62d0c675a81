// HEAD: the headers of a GET, no body.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Length', 11);
  res.end(req.method === 'HEAD' ? undefined : 'hello world');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'HEAD' }, (res) => {
    console.log(res.statusCode, res.headers['content-length']);
    let n = 0;
    res.on('data', (d) => { n += d.length; });
    res.on('end', () => {
      console.log('bytes', n);
      http.get({ port: server.address().port, host: '127.0.0.1' }, (res2) => {
        let body = '';
        res2.on('data', (d) => { body += d; });
        res2.on('end', () => { console.log('get body', body); server.close(); });
      });
    });
  });
  req.end();
});
