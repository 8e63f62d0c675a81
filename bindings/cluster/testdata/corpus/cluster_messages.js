// Messages both ways: worker.send and process.send, the worker's and the
// cluster's 'message' events.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  w.on('message', (m) => console.log('worker event', JSON.stringify(m)));
  cluster.on('message', (worker, m, handle) => {
    console.log('cluster event', worker === w, JSON.stringify(m), handle);
    if (m.n === 3) w.disconnect();
  });
  w.on('online', () => {
    console.log('send', w.send({ hello: 'worker' }));
  });
  w.on('exit', (code, sig) => console.log('exit', code, sig, w.exitedAfterDisconnect));
} else {
  let n = 0;
  cluster.worker.on('message', (m) => {
    process.send({ n: ++n, got: m });
    cluster.worker.send({ n: ++n });
    process.send({ n: ++n, id: cluster.worker.id });
  });
  process.on('message', (m) => { if (m.hello !== 'worker') process.exit(9); });
}
