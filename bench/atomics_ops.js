// Atomics.add on a SharedArrayBuffer from one thread: the cost of one
// Atomics call (validation, conversion and the atomic instruction).
const N = 1_000_000;
const a = new Int32Array(new SharedArrayBuffer(16));
for (let i = 0; i < 10_000; i++) Atomics.add(a, 0, 1);
const t = process.hrtime.bigint();
for (let i = 0; i < N; i++) Atomics.add(a, 1, 1);
const ns = Number(process.hrtime.bigint() - t);
if (Atomics.load(a, 1) !== N) throw new Error('lost updates');
console.log(JSON.stringify({ bench: 'atomics_ops', per_op_ns: Math.round(ns / N) }));
