const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('line one from worker');
  process.stdout.write('partial ');
  process.stdout.write('line\\n');
  console.error('to stderr');
`, { eval: true, stdout: true, stderr: true });
const out = [];
const err = [];
w.stdout.on('data', (b) => out.push(b));
w.stderr.on('data', (b) => err.push(b));
w.stdout.on('end', () => console.log('stdout end'));
w.on('exit', (code) => {
  console.log('exit', code);
  console.log(JSON.stringify(Buffer.concat(out).toString()));
  console.log(JSON.stringify(Buffer.concat(err).toString()));
  const w2 = new Worker(`console.log('forwarded to parent stdout')`, { eval: true });
  w2.on('exit', (c) => console.log('second exit', c, w2.stdin));
});
