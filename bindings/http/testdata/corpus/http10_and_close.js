// Connection: close from the client: the server answers with close and the socket ends.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server', req.headers.connection);
  res.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false, headers: { Connection: 'close' } }, (res) => {
    console.log('client', res.headers.connection, res.headers['keep-alive']);
    res.resume();
    res.on('end', () => console.log('end'));
  });
  req.on('close', () => { console.log('req close'); server.close(() => console.log('server closed')); });
});
