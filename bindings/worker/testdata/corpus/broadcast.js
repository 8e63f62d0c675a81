const { Worker, BroadcastChannel, isMainThread } = require('worker_threads');
if (isMainThread) {
  const bc = new BroadcastChannel('news');
  console.log(bc.name);
  bc.onmessage = (ev) => {
    console.log('main got', ev.data, ev.constructor.name);
    if (ev.data === 'worker ready') bc.postMessage({ order: 'go' });
    if (ev.data === 'worker done') bc.close();
  };
  const w = new Worker(__filename);
  w.on('exit', (c) => console.log('exit', c, ));
  try { new BroadcastChannel(); } catch (e) { console.log(e.code, e.message); }
} else {
  const bc = new BroadcastChannel('news');
  bc.onmessage = (ev) => {
    bc.postMessage('worker done');
    bc.close();
    try { bc.postMessage('x'); } catch (e) { console.log(e.name, e.message); }
  };
  bc.postMessage('worker ready');
}
