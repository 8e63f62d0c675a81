// SCHED_NONE: the primary hands the listening socket itself to each
// worker, which accepts on it.
const cluster = require('cluster');
const net = require('net');
if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let port;
  cluster.on('listening', (w, addr) => {
    console.log('listening', w.id, addr.addressType, addr.address);
    if (w.id === 1) {
      port = addr.port;
      cluster.fork();
      return;
    }
    console.log('same port', port === addr.port);
    let done = 0;
    for (let i = 0; i < 4; i++) {
      net.connect(port, '127.0.0.1').on('data', (d) => {
        if (!/^w[12]$/.test(String(d))) console.log('bad', String(d));
        if (++done === 4) {
          console.log('served', done);
          cluster.disconnect(() => console.log('disconnected'));
        }
      }).resume();
    }
  });
  const exits = [];
  cluster.on('exit', (w, code) => {
    exits.push(w.id + ':' + code);
    if (exits.length === 2) console.log('exits', exits.sort().join(' '));
  });
  cluster.fork();
} else {
  const server = net.createServer((s) => s.end('w' + cluster.worker.id));
  server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    process.send({ family: a.family, address: a.address });
  });
  cluster.worker.on('message', () => {});
}
