const { Worker } = require('worker_threads');
const src = `
const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
const path = require('path');
parentPort.postMessage({ isMainThread, threadId, joined: path.join(workerData.a, workerData.b), typeofRequire: typeof require });
`;
const w = new Worker(src, { eval: true, workerData: { a: '/x', b: 'y' } });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => console.log('exit', code));
console.log('started', w.threadId);
