// The server's events in order: listening, connection, request, close.
const http = require('http');
const server = http.createServer();
server.on('listening', () => console.log('listening', server.listening, typeof server.address().port));
server.on('connection', (s) => console.log('connection', s.remoteAddress, typeof s.remotePort));
server.on('request', (req, res) => {
  console.log('request', req.url, req.socket === res.socket, res.socket.localPort === server.address().port);
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  req.on('end', () => console.log('req end'));
  req.on('close', () => console.log('req close'));
  req.resume();
  res.end('x');
});
const client = [];
server.on('close', () => console.log('server close', server.listening));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.on('end', () => client.push('res end'));
    res.on('close', () => client.push('res close'));
    res.resume();
  });
  // The client's events are printed together: their order against the
  // server's is the loop's, not the protocol's.
  req.on('finish', () => client.push('req finish'));
  req.on('close', () => {
    client.push('req close');
    console.log('client:', client);
    server.close();
  });
});
