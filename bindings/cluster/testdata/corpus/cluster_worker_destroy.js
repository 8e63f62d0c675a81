// A worker that destroys itself exits with code 0 after telling the
// primary.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  w.on('disconnect', () => console.log('disconnect', w.exitedAfterDisconnect));
  w.on('exit', (code, sig) => console.log('exit', code, sig, w.exitedAfterDisconnect));
} else {
  setInterval(() => {}, 1000);
  cluster.worker.destroy();
}
