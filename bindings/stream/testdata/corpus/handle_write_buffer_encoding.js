'use strict';
// A socket's write() of a string with the encoding 'buffer' throws at once,
// as node's stream handles do (the socket is of no more use then); on
// another socket a real encoding is converted and sent.
const net = require('net');

const server = net.createServer((conn) => {
  let got = '';
  conn.on('data', (d) => { got += d.toString('hex'); });
  conn.on('error', () => {});
  conn.on('close', () => {
    if (got) {
      console.log('server got', got);
      server.close();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const bad = net.connect(port, '127.0.0.1', () => {
    try {
      bad.write('broken', 'buffer');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    bad.destroy();
    const good = net.connect(port, '127.0.0.1', () => {
      good.write('6869', 'hex');
      good.end(Buffer.from([0x21]));
    });
  });
});
