// The server drops the connection before answering: 'socket hang up'.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server got request');
  req.socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('response', () => console.log('unexpected response'));
  req.on('error', (e) => console.log('error:', e.name, e.code, e.message));
  req.on('close', () => { console.log('close'); server.close(); });
});
