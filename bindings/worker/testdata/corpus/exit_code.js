const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (c) => parentPort.postMessage('worker exit listener ' + c));
  parentPort.postMessage('before');
  process.exit(7);
  parentPort.postMessage('never');
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => {
  console.log('exit', code, 'parent still running');
  setTimeout(() => console.log('parent timer'), 5);
});
process.on('exit', (c) => console.log('parent exit', c));
