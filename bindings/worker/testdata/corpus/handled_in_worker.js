const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (e) => { parentPort.postMessage('caught ' + e.message); });
  setTimeout(() => { throw new Error('first'); }, 1);
  setTimeout(() => parentPort.postMessage('still alive'), 20);
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error should not happen', e));
w.on('exit', (c) => console.log('exit', c));
