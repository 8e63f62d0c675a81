// destroy() with and without an error before the response.
const http = require('http');
const server = http.createServer((req, res) => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const r1 = http.get({ port, host: '127.0.0.1', agent: false });
  r1.on('error', (e) => console.log('r1 error', e.code, e.message));
  r1.on('close', () => {
    console.log('r1 close', r1.destroyed);
    const r2 = http.get({ port, host: '127.0.0.1', agent: false });
    r2.on('error', (e) => console.log('r2 error', e.message));
    r2.on('close', () => {
      console.log('r2 close');
      server.closeAllConnections();
      server.close(() => console.log('server closed'));
    });
    r2.on('socket', () => setTimeout(() => r2.destroy(new Error('boom')), 20));
  });
  r1.destroy();
});
