const { Worker } = require('worker_threads');
const w = new Worker(`
  let data = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => data += c);
  process.stdin.on('end', () => require('worker_threads').parentPort.postMessage(data.toUpperCase()));
`, { eval: true, stdin: true });
w.on('message', (m) => console.log('upper:', m));
w.on('exit', (c) => console.log('exit', c));
w.stdin.write('hello ');
w.stdin.write(Buffer.from('worker'));
w.stdin.end();
