// Listening on a port in use: 'error' with EADDRINUSE.
const http = require('http');
const a = http.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = http.createServer();
  b.on('error', (e) => {
    console.log(e.name, e.code, e.syscall, e.address, e.port === port, e.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    a.close(() => console.log('closed'));
  });
  b.listen(port, '127.0.0.1', () => console.log('unexpected'));
  console.log('listen returned');
});
