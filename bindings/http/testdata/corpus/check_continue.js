// Expect: 100-continue with a 'checkContinue' listener, and without one.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('plain:' + body));
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('checked:' + body));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' } });
  req.on('continue', () => {
    console.log('continue event');
    req.end('payload');
  });
  req.on('response', (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(res.statusCode, body); server.close(); });
  });
});
