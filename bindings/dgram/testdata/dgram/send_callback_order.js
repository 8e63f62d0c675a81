// The send callback and 'message' order: callbacks come in a later tick,
// in order, with the byte counts; messages arrive in the order sent.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const order = [];
let n = 0;
server.on('message', (msg) => {
  order.push('msg ' + msg);
  if (++n === 5) {
    console.log(order.filter((s) => s.startsWith('msg')).join('|'));
    console.log(order.filter((s) => s.startsWith('cb')).join('|'));
    server.close();
    client.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  for (let i = 0; i < 5; i++) {
    client.send('m' + i + 'x'.repeat(i), port, '127.0.0.1', (err, bytes) => order.push('cb ' + i + ' ' + err + ' ' + bytes));
  }
  order.push('sync end');
  process.nextTick(() => console.log('first tick sees', order.slice()));
});
