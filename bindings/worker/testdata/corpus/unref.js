const { Worker } = require('worker_threads');
const w = new Worker(`
  setInterval(() => {}, 1000);
  require('worker_threads').parentPort.postMessage('running');
`, { eval: true });
w.on('message', (m) => {
  console.log('message', m);
  w.unref();
  setTimeout(() => console.log('parent done; worker does not hold it'), 10);
});
w.on('exit', (c) => console.log('never printed', c));
process.on('exit', (c) => console.log('parent exit', c));
