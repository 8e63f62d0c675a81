const { Worker, isMainThread, parentPort, threadId, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('exit', c));
} else if (workerData.depth < 3) {
  const inner = new Worker(__filename, { workerData: { depth: workerData.depth + 1 } });
  inner.on('message', (m) => parentPort.postMessage({ via: threadId, m }));
  inner.on('exit', (c) => parentPort.postMessage({ innerExit: c, depth: workerData.depth }));
} else {
  parentPort.postMessage({ deepest: threadId, depth: workerData.depth, isMainThread });
}
