// Workers that exit on their own, with a code or by throwing.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const a = cluster.fork({ MODE: 'exit' });
  a.on('exit', (code, sig) => {
    console.log('a exit', code, sig, a.exitedAfterDisconnect, a.isDead(), a.state);
    const b = cluster.fork({ MODE: 'throw' });
    b.on('exit', (code, sig) => {
      console.log('b exit', code, sig, b.exitedAfterDisconnect, b.state, Object.keys(cluster.workers).length);
    });
  });
  cluster.on('disconnect', (w) => console.log('disconnect', w.id));
} else if (process.env.MODE === 'exit') {
  process.exit(3);
} else {
  process.stderr.write = () => true;
  throw new Error('boom');
}
