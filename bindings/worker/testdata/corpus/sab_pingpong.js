// The main thread and a worker take turns through Atomics.wait and
// Atomics.notify on one SharedArrayBuffer: the main thread blocks in wait,
// as node allows.
const { Worker } = require('worker_threads');

const ROUNDS = 200;
const sab = new SharedArrayBuffer(16);
const turn = new Int32Array(sab, 0, 1);
const count = new Int32Array(sab, 4, 1);
const log = new Uint8Array(sab, 8, 8);

const w = new Worker(`
const { workerData: { sab, rounds } } = require('worker_threads');
const turn = new Int32Array(sab, 0, 1);
const count = new Int32Array(sab, 4, 1);
const log = new Uint8Array(sab, 8, 8);
for (let r = 0; r < rounds; r++) {
  while (Atomics.load(turn, 0) !== 1) Atomics.wait(turn, 0, 0);
  count[0]++; // plain: the turn orders it
  if (r < 4) log[r * 2 + 1] = 2;
  Atomics.store(turn, 0, 0);
  Atomics.notify(turn, 0, 1);
}
`, { eval: true, workerData: { sab, rounds: ROUNDS } });

const results = {};
for (let r = 0; r < ROUNDS; r++) {
  while (Atomics.load(turn, 0) !== 0) {
    const res = Atomics.wait(turn, 0, 1);
    results[res] = (results[res] || 0) + 1;
  }
  count[0]++;
  if (r < 4) log[r * 2] = 1;
  Atomics.store(turn, 0, 1);
  Atomics.notify(turn, 0, 1);
}
while (Atomics.load(turn, 0) !== 0) Atomics.wait(turn, 0, 1);
console.log('count', count[0], 'want', 2 * ROUNDS);
console.log('log', log);
console.log('wait results are ok or not-equal:', Object.keys(results).every((k) => k === 'ok' || k === 'not-equal'));
console.log('timed out waits:', Atomics.wait(turn, 0, 0, 10));
w.on('exit', (code) => console.log('worker exit', code));
