// server.setTimeout: an idle request times out; the server's 'timeout' gets the socket.
const http = require('http');
const server = http.createServer(() => {});
server.setTimeout(60, (socket) => {
  console.log('server timeout', typeof socket.destroy);
  socket.destroy();
});
console.log(server.timeout, server.keepAliveTimeout, server.headersTimeout, server.requestTimeout);
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('error', (e) => console.log('client error', e.code, e.message));
  req.on('close', () => { console.log('client close'); server.close(); });
});
