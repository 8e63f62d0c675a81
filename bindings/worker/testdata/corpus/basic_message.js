const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { n: 5, list: [1, 2, 3] } });
  w.on('online', () => console.log('online'));
  w.on('message', (m) => console.log('parent got', m));
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage({ hello: 'worker', d: new Date(0), b: Buffer.from('hi') });
} else {
  console.log('in worker', threadId, workerData);
  parentPort.once('message', (m) => {
    console.log('worker got', m);
    parentPort.postMessage({ sum: workerData.list.reduce((a, b) => a + b, 0) * workerData.n });
  });
}
