// terminate() ends a worker blocked in Atomics.wait.
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const w = new Worker(`
const { workerData, parentPort } = require('worker_threads');
const i32 = new Int32Array(workerData);
parentPort.postMessage('blocking');
console.log('wait returned', Atomics.wait(i32, 0, 0));
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  setTimeout(() => w.terminate().then((code) => console.log('terminated', code)), 20);
});
w.on('exit', (code) => console.log('exit', code));
