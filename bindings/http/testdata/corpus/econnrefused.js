// A refused connection: the request's 'error' with node's fields.
const http = require('http');
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const req = http.get({ port, host: '127.0.0.1' }, () => console.log('unexpected response'));
    req.on('socket', () => console.log('socket event'));
    req.on('error', (e) => {
      console.log(e.name, e.code, e.errno, e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    req.on('close', () => console.log('close'));
  });
});
