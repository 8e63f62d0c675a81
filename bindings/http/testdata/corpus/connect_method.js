// CONNECT: the server's 'connect' event and the client's.
const http = require('http');
const server = http.createServer();
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.method, req.url, head.length);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => { socket.end('echo:' + d); });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'CONNECT', path: 'example.test:443' });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, head.length);
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => { console.log(got); socket.end(); server.close(); });
    socket.write('hi');
  });
  req.end();
});
