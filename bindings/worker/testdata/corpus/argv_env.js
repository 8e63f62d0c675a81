const { Worker, isMainThread, parentPort, SHARE_ENV } = require('worker_threads');
if (isMainThread) {
  process.env.FROM_PARENT = 'yes';
  const w = new Worker(__filename, { argv: ['a', 2], env: { ONLY: 'this', N: 5 } });
  w.on('message', (m) => {
    console.log(m);
    const w2 = new Worker(__filename, { argv: ['inherit'] });
    w2.on('message', (m2) => console.log(m2));
    w2.on('exit', () => {
      const w3 = new Worker(__filename, { env: SHARE_ENV, argv: ['share'] });
      w3.on('message', (m3) => console.log(m3));
    });
  });
  console.log(typeof SHARE_ENV, SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
} else {
  parentPort.postMessage({ args: process.argv.slice(2), only: process.env.ONLY, n: process.env.N, parent: process.env.FROM_PARENT });
}
