// setupPrimary's execArgv reaches the worker's process.execArgv, and its
// stdio array sets the worker's standard streams.
const cluster = require('cluster');
if (cluster.isPrimary) {
  cluster.setupPrimary({ execArgv: ['--no-warnings'], stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
  const w = cluster.fork();
  console.log('stdio', w.process.stdin, typeof w.process.stdout.on, w.process.stderr);
  let out = '';
  w.process.stdout.on('data', (d) => out += d);
  w.on('exit', (code) => {
    process.stdout.write(out);
    console.log('exit', code);
  });
} else {
  console.log('worker execArgv', JSON.stringify(process.execArgv));
  console.error('to nowhere');
  process.emitWarning('not shown');
  cluster.worker.disconnect();
}
