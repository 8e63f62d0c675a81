// Round trips between the main thread and a worker through Atomics.wait
// and Atomics.notify on a SharedArrayBuffer.
const { Worker } = require('worker_threads');

const ROUNDS = 20_000;
const sab = new SharedArrayBuffer(8);
const turn = new Int32Array(sab);
const w = new Worker(`
const { workerData: { sab, rounds } } = require('worker_threads');
const turn = new Int32Array(sab);
for (let r = 0; r < rounds; r++) {
  while (Atomics.load(turn, 0) !== 1) Atomics.wait(turn, 0, 0);
  Atomics.store(turn, 0, 0);
  Atomics.notify(turn, 0);
}
`, { eval: true, workerData: { sab, rounds: ROUNDS } });
const t = process.hrtime.bigint();
for (let r = 0; r < ROUNDS; r++) {
  Atomics.store(turn, 0, 1);
  Atomics.notify(turn, 0);
  while (Atomics.load(turn, 0) !== 0) Atomics.wait(turn, 0, 1);
}
const ns = Number(process.hrtime.bigint() - t);
w.on('exit', () => console.log(JSON.stringify({ bench: 'atomics_pingpong', per_op_us: +(ns / ROUNDS / 1000).toFixed(2) })));
