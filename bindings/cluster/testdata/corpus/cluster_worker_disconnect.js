// A worker that disconnects itself: its servers close first, and the
// primary sees exitedAfterDisconnect.
const cluster = require('cluster');
const net = require('net');
if (cluster.isPrimary) {
  const w = cluster.fork();
  w.on('listening', () => console.log('listening'));
  w.on('disconnect', () => console.log('disconnect', w.exitedAfterDisconnect, w.state, w.isConnected()));
  w.on('exit', (code, sig) => console.log('exit', code, sig, w.exitedAfterDisconnect, w.isDead(), Object.keys(cluster.workers)));
} else {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    server.on('close', () => console.log('server closed'));
    cluster.worker.on('disconnect', () => { process.exitCode = 4; });
    cluster.worker.disconnect();
    console.log('state', cluster.worker.state);
  });
}
