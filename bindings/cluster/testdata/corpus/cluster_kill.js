// worker.kill() (destroy) disconnects the worker, then signals it.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  console.log(w.kill === cluster.Worker.prototype.kill, typeof w.destroy);
  w.on('online', () => {
    w.kill();
    console.log('after kill', w.exitedAfterDisconnect, w.isConnected());
  });
  w.on('disconnect', () => console.log('disconnect'));
  w.on('exit', (code, sig) => console.log('exit', w.exitedAfterDisconnect, w.isDead(), code !== null || sig !== null));
} else {
  setInterval(() => {}, 1000);
}
