// A worker's server that closes stops getting connections; the other
// worker serves them.
const cluster = require('cluster');
const net = require('net');
if (cluster.isPrimary) {
  let port;
  const w1 = cluster.fork();
  w1.on('listening', (addr) => {
    port = addr.port;
    const w2 = cluster.fork();
    w2.on('listening', () => w1.send('close'));
  });
  w1.on('message', (m) => {
    console.log('w1', m);
    let done = 0;
    const by = new Set();
    for (let i = 0; i < 4; i++) {
      net.connect(port, '127.0.0.1').on('data', (d) => by.add(String(d))).on('end', () => {
        if (++done === 4) {
          console.log('served by', [...by].join(','));
          cluster.disconnect(() => console.log('done'));
        }
      });
    }
  });
} else {
  const server = net.createServer((s) => s.end('w' + cluster.worker.id)).listen(0, '127.0.0.1');
  process.on('message', (m) => {
    if (m === 'close') server.close(() => process.send('closed'));
  });
}
