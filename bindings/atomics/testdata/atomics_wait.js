// Atomics.wait, notify and waitAsync in one thread: node lets the main
// thread wait.
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
const i64 = new BigInt64Array(sab, 8, 1);

console.log(Atomics.wait(i32, 0, 1), Atomics.wait(i32, 0, 0, 0), Atomics.wait(i32, 0, 0, -5));
console.log(Atomics.wait(i32, 0, 0, 20), Atomics.wait(i32, 0, 0, '15'), Atomics.wait(i32, 0, '0', 1));
console.log(Atomics.wait(i64, 0, 1n), Atomics.wait(i64, 0, 0n, 5), Atomics.wait(i64, 0, '0', 0));
const start = Date.now();
Atomics.wait(i32, 1, 0, 50);
console.log('waited at least 40ms:', Date.now() - start >= 40);
console.log(Atomics.notify(i32, 0), Atomics.notify(i32, 0, 5), Atomics.notify(i32, 0, -1), Atomics.notify(i64, 0));

// waitAsync: settled at once, settled by notify, settled by its timeout.
console.log(Atomics.waitAsync(i32, 0, 7), Atomics.waitAsync(i32, 0, 0, 0));
const a = Atomics.waitAsync(i32, 2, 0);
const b = Atomics.waitAsync(i32, 2, 0);
const c = Atomics.waitAsync(i32, 2, 0, 30);
const d = Atomics.waitAsync(i64, 0, 0n);
console.log(a.async, typeof a.value.then, b.async, c.async);
a.value.then((v) => console.log('a', v));
b.value.then((v) => console.log('b', v));
c.value.then((v) => {
  console.log('c', v);
  console.log('notify one of the rest:', Atomics.notify(i32, 2, 1));
  setTimeout(() => {
    console.log('notify all:', Atomics.notify(i32, 2), Atomics.notify(i64, 0));
  }, 10);
});
d.value.then((v) => console.log('d', v));
setTimeout(() => console.log('notify none yet:', Atomics.notify(i32, 1)), 5);
// The timer holds the loop: pending waits do not.
const keep = setTimeout(() => console.log('not reached'), 5000);
d.value.then(() => {
  // A pending waitAsync does not keep the process alive.
  const never = Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  never.value.then(() => console.log('never'));
  clearTimeout(keep);
});
process.on('exit', () => console.log('exit'));

// Negative and wrapped expected values compare as the element's bits.
const w32 = new Int32Array(new SharedArrayBuffer(16));
const w64 = new BigInt64Array(w32.buffer, 8, 1);
Atomics.store(w32, 0, -1);
console.log(Atomics.wait(w32, 0, -1, 0), Atomics.wait(w32, 0, 2 ** 32 - 1, 0), Atomics.wait(w32, 0, 1, 0));
Atomics.store(w64, 0, -2n);
console.log(Atomics.wait(w64, 0, -2n, 0), Atomics.wait(w64, 0, 2n ** 64n - 2n, 0), Atomics.wait(w64, 0, 2n, 0));
