// A burst of datagrams: all arrive (loopback, large receive buffer), in
// order.
const dgram = require('dgram');
const server = dgram.createSocket({ type: 'udp4', recvBufferSize: 1 << 20 });
const N = 500;
let next = 0;
let bad = 0;
server.on('message', (msg) => {
  if (Number(String(msg)) !== next) bad++;
  next++;
  if (next === N) {
    console.log('received', next, 'out of order', bad);
    server.close();
    client.close();
  }
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  let sent = 0;
  (function burst() {
    for (let i = 0; i < 50 && sent < N; i++) client.send(String(sent++), port, '127.0.0.1');
    if (sent < N) setTimeout(burst, 5);
  })();
});
