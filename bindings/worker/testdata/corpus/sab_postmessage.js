// A SharedArrayBuffer posted to a worker is the same memory there, views
// over it included; it cannot be in a transfer list; a worker's waitAsync
// is woken by the main thread's notify.
const { Worker, MessageChannel } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === 'bye') {
    parentPort.close();
    return;
  }
  const { a, b, v, plain } = m;
  parentPort.postMessage([a === b, v.buffer === a, a instanceof SharedArrayBuffer, a.byteLength,
    plain instanceof ArrayBuffer, Object.prototype.toString.call(a)].join(' '));
  Atomics.store(v, 0, 42);
  plain[0] = 1; // a copy: the sender does not see it
  const i32 = new Int32Array(a);
  const r = Atomics.waitAsync(i32, 3, 0);
  r.value.then((res) => parentPort.postMessage('waitAsync ' + res + ' ' + Atomics.load(i32, 3)));
  parentPort.postMessage({ waiting: r.async, echo: a });
});
`, { eval: true });

const plain = new Uint8Array(4);
w.postMessage({ a: sab, b: sab, v: new Int16Array(sab, 2, 2), plain });
w.on('message', (m) => {
  if (typeof m === 'string') {
    console.log(m);
    if (m.startsWith('waitAsync')) w.postMessage('bye');
    return;
  }
  console.log('echo is a new object over the same memory:', m.echo !== sab, new Int16Array(m.echo)[1], new Int16Array(sab)[1]);
  console.log('plain copy unchanged:', plain[0], 'waiting', m.waiting);
  Atomics.store(i32, 3, 7);
  console.log('notified', Atomics.notify(i32, 3));
});
w.on('exit', (code) => console.log('exit', code));

for (const send of [(v, t) => w.postMessage(v, t), (v, t) => new MessageChannel().port1.postMessage(v, t)]) {
  try {
    send(sab, [sab]);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  w.postMessage({ x: new Int32Array(sab) }, { transfer: [sab] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
