// Workers serving a Unix socket path through the primary.
const cluster = require('cluster');
const net = require('net');
const os = require('os');
const path = require('path');
const sock = path.join(os.tmpdir(), 'jsproc-cluster-' + (process.env.SOCK_ID || process.pid) + '.sock');
if (cluster.isPrimary) {
  const w = cluster.fork({ SOCK_ID: String(process.pid) });
  w.on('listening', (addr) => {
    console.log('listening', addr.addressType, addr.address === sock, addr.port);
    const c = net.connect(sock);
    c.on('data', (d) => console.log('got', String(d)));
    c.on('end', () => w.disconnect());
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  const server = net.createServer((s) => s.end('hello from ' + cluster.worker.id));
  server.listen(sock, () => console.log('worker address is path', server.address() === sock));
}
