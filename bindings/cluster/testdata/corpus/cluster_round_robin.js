// Two workers listen on the same ephemeral port; the primary accepts and
// hands the connections out, round-robin.
const cluster = require('cluster');
const net = require('net');
if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
  console.log('policy rr', cluster.schedulingPolicy === cluster.SCHED_RR, cluster.SCHED_NONE, cluster.SCHED_RR);
  cluster.on('fork', (w) => console.log('fork', w.id, w.state));
  cluster.on('online', (w) => console.log('online', w.id, w.state));
  const ports = [];
  cluster.on('listening', (w, addr) => {
    console.log('listening', w.id, w.state, addr.addressType, addr.address, typeof addr.port, addr.fd);
    ports.push(addr.port);
    if (ports.length === 1) {
      cluster.fork();
      return;
    }
    console.log('same port', ports[0] === ports[1]);
    const seen = [];
    let done = 0;
    for (let i = 0; i < 6; i++) {
      const c = net.connect(ports[0], '127.0.0.1');
      let data = '';
      c.on('data', (d) => data += d);
      c.on('end', () => {
        seen.push(data);
        if (++done === 6) {
          console.log('served by', [...new Set(seen)].sort().join(','));
          cluster.disconnect(() => end('all disconnected ' + Object.keys(cluster.workers).length));
        }
      });
    }
  });
  // The two workers end in either order: their events are printed sorted.
  const ends = [];
  const end = (line) => {
    ends.push(line);
    if (ends.length === 5) console.log(ends.sort().join('\n'));
  };
  cluster.on('disconnect', (w) => end(['disconnect', w.id, w.exitedAfterDisconnect, w.state].join(' ')));
  cluster.on('exit', (w, code, sig) => end(['exit', w.id, code, sig, w.exitedAfterDisconnect, w.state].join(' ')));
  cluster.fork();
} else {
  net.createServer((s) => s.end('w' + cluster.worker.id)).listen(0, '127.0.0.1');
}
