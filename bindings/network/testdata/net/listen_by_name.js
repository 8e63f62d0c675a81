// Listening on a host name binds the address it resolves to; the
// server's address is that address.
const net = require('net');

const s = net.createServer((c) => c.end('hi'));
s.listen(0, 'localhost', () => {
  const a = s.address();
  console.log(a.address, a.family, typeof a.port);
  const c = net.connect(a.port, a.address);
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('got', d));
  c.on('close', () => s.close(() => console.log('closed')));
});
console.log('listening yet?', s.listening);
