// Four workers add to counters in one SharedArrayBuffer with Atomics: no
// update is lost, whatever the element size.
const { Worker } = require('worker_threads');

const N = 5000;
const sab = new SharedArrayBuffer(48);
const code = `
const { workerData: { sab, id, n } } = require('worker_threads');
const total = new Int32Array(sab, 0, 1);
const bytes = new Uint8Array(sab, 4, 4);
const big = new BigInt64Array(sab, 8, 1);
const slots = new Int32Array(sab, 16, 4);
const halves = new Int16Array(sab, 32, 2);
const unsigned = new BigUint64Array(sab, 40, 1);
for (let i = 0; i < n; i++) {
  Atomics.add(total, 0, 1);
  Atomics.add(bytes, 0, 1);
  Atomics.add(bytes, 1 + (id % 3), 1);
  Atomics.sub(big, 0, 2n);
  Atomics.add(halves, 1, 3);
  Atomics.or(unsigned, 0, 1n << BigInt(id * 8 + (i % 8)));
}
slots[id] = id * 100; // a plain write: the worker's exit publishes it
`;
let exited = 0;
for (let id = 0; id < 4; id++) {
  const w = new Worker(code, { eval: true, workerData: { sab, id, n: N } });
  w.on('exit', (code) => {
    if (code !== 0) console.log('worker', id, 'exit', code);
    if (++exited === 4) report();
  });
}

function report() {
  console.log('total', Atomics.load(new Int32Array(sab, 0, 1), 0), 'want', 4 * N);
  console.log('bytes', new Uint8Array(sab, 4, 4));
  console.log('bigint', Atomics.load(new BigInt64Array(sab, 8, 1), 0));
  console.log('slots', new Int32Array(sab, 16, 4));
  console.log('halves', new Int16Array(sab, 32, 2));
  console.log('bits', Atomics.load(new BigUint64Array(sab, 40, 1), 0).toString(16));
}
