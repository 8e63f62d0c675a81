const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
if (isMainThread) {
  const jobs = [18, 19, 20, 21];
  Promise.all(jobs.map((n) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: n });
    w.once('message', resolve);
    w.once('error', reject);
  }))).then((results) => console.log(results));
} else {
  parentPort.postMessage({ n: workerData, fib: fib(workerData) });
}
