// An idle socket's 'timeout' fires once nothing moved for the given time;
// activity postpones it, and setTimeout(0) disarms it.
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('timeout before', c.timeout);
  c.setTimeout(30, () => {
    console.log('timeout', c.timeout, c.destroyed);
    c.setTimeout(0);
    console.log('disarmed', c.timeout);
    c.end();
  });
  c.on('connect', () => c.write('x'));
  c.on('close', () => server.close(() => console.log('done')));
});
