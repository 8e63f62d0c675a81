// maxConnections: a connection past the limit is closed at once and the
// server emits 'drop' with its addresses.
const net = require('net');

const server = net.createServer((s) => {
  console.log('connection');
  s.on('close', () => server.close(() => console.log('server closed')));
  const second = net.connect(port, '127.0.0.1');
  second.on('end', () => console.log('second end'));
  second.on('close', (hadError) => {
    console.log('second close', hadError);
    s.end();
  });
  second.resume();
});
server.maxConnections = 1;
server.on('drop', (d) => {
  console.log('drop', Object.keys(d).join(), d.localAddress, d.localPort === port, d.localFamily, d.remoteAddress,
    typeof d.remotePort, d.remoteFamily);
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const first = net.connect(port, '127.0.0.1');
  first.resume();
});
