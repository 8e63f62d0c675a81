// cluster.workers: a worker is there from fork() until it has both exited
// and disconnected.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  console.log('keys', Object.keys(cluster.workers), cluster.workers[w.id] === w, w instanceof cluster.Worker);
  console.log('state', w.state, w.isDead(), w.isConnected(), w.exitedAfterDisconnect, typeof w.process.pid);
  cluster.on('online', () => {
    console.log('online', w.state);
    w.send('bye');
  });
  w.on('disconnect', () => console.log('disconnect, still there', cluster.workers[w.id] === w));
  w.on('exit', () => console.log('exit, gone', cluster.workers[w.id], Object.keys(cluster.workers).length));
  w.on('error', (e) => console.log('error', e.code));
} else {
  process.on('message', (m) => {
    console.log('worker got', m, cluster.worker.state, typeof cluster.workers, typeof cluster.fork);
    process.disconnect();
  });
}
