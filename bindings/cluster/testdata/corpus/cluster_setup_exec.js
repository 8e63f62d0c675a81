// setupPrimary: exec, args, silent and cwd; fork(env) adds to the
// worker's environment.
const cluster = require('cluster');
const path = require('path');
cluster.setupPrimary({ exec: path.join(__dirname, '_fixtures', 'worker.js'), args: ['a', 'b'], silent: true,
  cwd: path.join(__dirname, '_fixtures') });
let setups = 0;
cluster.on('setup', () => setups++);
function run(env) {
  return new Promise((resolve) => {
    const w = cluster.fork(env);
    let out = '';
    w.process.stdout.on('data', (d) => out += d);
    w.on('exit', (code) => {
      process.stdout.write(out);
      console.log('exit', code, w.isDead(), w.isConnected(), w.exitedAfterDisconnect);
      resolve();
    });
  });
}
(async () => {
  await run();
  cluster.setupPrimary({ args: ['c'] });
  await run({ FOO: 'bar' });
  console.log('setups', setups, cluster.settings.args.join(','), cluster.settings.silent);
})();
