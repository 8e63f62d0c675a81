const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  let n = 0;
  w.on('message', (m) => {
    console.log('reply', m);
    if (++n < 3) w.postMessage(n);
    else w.postMessage('stop');
  });
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage(0);
} else {
  parentPort.on('close', () => process.stdout.write(''));
  parentPort.on('message', (m) => {
    if (m === 'stop') { parentPort.close(); return; }
    parentPort.postMessage(m * 10);
  });
}
