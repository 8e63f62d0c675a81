const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename, { workerData: { port: port2 }, transferList: [port2] });
  port1.on('message', (m) => {
    console.log('main got via port', m);
    if (m === 'done') port1.close();
    else port1.postMessage(m * 2);
  });
  port1.postMessage(1);
  w.on('exit', (c) => console.log('exit', c));
  try { port2.postMessage('moved'); console.log('post on moved port ignored'); } catch (e) { console.log(e.name); }
} else {
  const port = workerData.port;
  let count = 0;
  port.on('message', (m) => {
    count++;
    if (count === 3) { port.postMessage('done'); port.close(); return; }
    port.postMessage(m + 1);
  });
}
