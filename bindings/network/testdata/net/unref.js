// An unref'd server and sockets (both ends) let the process end.
const net = require('net');

const server = net.createServer((s) => {
  s.unref();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    c.unref();
    console.log('connected; unref all');
  });
  server.unref();
});
process.on('exit', (code) => console.log('exit', code));
