import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
if (isMainThread) {
  const w = new Worker(new URL(import.meta.url), { workerData: [1, 2, 3] });
  w.on('message', (m) => console.log('from esm worker', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const sum = workerData.reduce((a, b) => a + b, 0);
  await new Promise((r) => setTimeout(r, 1));
  parentPort.postMessage({ sum, meta: typeof import.meta.url });
}
