// 'upgrade' on both ends, with the bytes after the head, then raw bytes both ways.
const http = require('http');
const server = http.createServer((req, res) => res.end('no'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.headers.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => {
    console.log('server data', String(d));
    socket.end('bye');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => {
      console.log('client got', got);
      socket.end();
      server.close(() => console.log('closed'));
    });
    socket.write('ping');
  });
  req.end();
});
