const { Worker } = require('worker_threads');
const w = new Worker(`process.stdin.on('data', (d) => {}); require('worker_threads').parentPort.postMessage('reading');`, { eval: true, stdin: true });
w.on('message', () => w.terminate().then((c) => console.log('terminated', c)));
w.on('exit', (c) => console.log('exit', c));
