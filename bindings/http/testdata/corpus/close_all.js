// closeAllConnections ends a connection in the middle of a request.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('request');
  res.write('partial');
  setTimeout(() => server.closeAllConnections(), 10);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.on('data', (d) => console.log('data', String(d)));
    res.on('aborted', () => console.log('aborted'));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('close', () => {
      console.log('res close', res.complete);
      server.close(() => console.log('server closed'));
    });
  });
});
