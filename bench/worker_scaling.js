// CPU-bound work on worker threads: JOBS jobs of fib(N), run by one worker
// one after another, then by JOBS workers at once. Prints the wall times
// and the speed-up as one JSON line. Usage: worker_scaling.js [N] [JOBS]
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
if (!isMainThread) {
  let sum = 0;
  for (const n of workerData) sum += fib(n);
  parentPort.postMessage(sum);
} else {
  const N = Number(process.argv[2] || 27);
  const JOBS = Number(process.argv[3] || 4);
  const runWorkers = (lists) => Promise.all(lists.map((list) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: list });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  (async () => {
    const jobs = Array(JOBS).fill(N);
    let t = process.hrtime.bigint();
    const one = await runWorkers([jobs]);
    const oneMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const many = await runWorkers(jobs.map((n) => [n]));
    const manyMs = Number(process.hrtime.bigint() - t) / 1e6;
    if (one[0] !== many.reduce((a, b) => a + b, 0)) throw new Error('results differ');
    console.log(JSON.stringify({ n: N, jobs: JOBS, one_worker_ms: Math.round(oneMs), workers_ms: Math.round(manyMs), speedup: +(oneMs / manyMs).toFixed(2) }));
  })();
}
