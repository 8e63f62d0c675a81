const { Worker } = require('worker_threads');
const w = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  for (;;) {}
`, { eval: true });
w.on('message', async (m) => {
  console.log('message', m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
  console.log('threadId after', w.threadId);
  console.log('again', await w.terminate());
});
w.on('exit', (code) => console.log('exit', code));
