// Every Atomics operation on every integer element type, over shared and
// ordinary memory, with the value conversions node does.
const kinds = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array];
for (const shared of [true, false]) {
  for (const C of kinds) {
    const buf = shared ? new SharedArrayBuffer(16) : new ArrayBuffer(16);
    const a = new C(buf);
    const out = [];
    out.push(Atomics.store(a, 1, 200));
    out.push(Atomics.add(a, 1, 100), Atomics.load(a, 1));
    out.push(Atomics.sub(a, 1, 301), Atomics.load(a, 1));
    out.push(Atomics.and(a, 1, 0x0f), Atomics.or(a, 1, 0x30), Atomics.xor(a, 1, 0xff), Atomics.load(a, 1));
    out.push(Atomics.exchange(a, 1, -5), Atomics.load(a, 1));
    out.push(Atomics.compareExchange(a, 1, 0, 9), Atomics.compareExchange(a, 1, -5, 9), Atomics.load(a, 1));
    out.push(Atomics.compareExchange(a, 2, 0x10000, 3), Atomics.load(a, 2));
    console.log(shared ? 'shared' : 'plain ', C.name.padEnd(11), out.join(' '), Array.from(new Uint8Array(buf, 0, 8)).join(','));
  }
  for (const C of [BigInt64Array, BigUint64Array]) {
    const a = new C(shared ? new SharedArrayBuffer(24) : new ArrayBuffer(24));
    const out = [];
    out.push(Atomics.store(a, 0, 2n ** 70n + 5n), Atomics.load(a, 0));
    out.push(Atomics.add(a, 0, -6n), Atomics.load(a, 0));
    out.push(Atomics.sub(a, 1, 1n), Atomics.load(a, 1));
    out.push(Atomics.and(a, 1, 0xf0n), Atomics.or(a, 1, 3n), Atomics.xor(a, 1, 1n), Atomics.load(a, 1));
    out.push(Atomics.exchange(a, 2, '0x10'), Atomics.compareExchange(a, 2, 16n, true), Atomics.load(a, 2));
    console.log(shared ? 'shared' : 'plain ', C.name.padEnd(14), out.join(' '));
  }
}

// Neighbouring small elements in one word stay apart.
const bytes = new Uint8Array(new SharedArrayBuffer(8));
for (let i = 0; i < 8; i++) Atomics.store(bytes, i, i * 30 + 1);
Atomics.add(bytes, 5, 250);
Atomics.sub(bytes, 2, 100);
console.log(bytes);
const halves = new Int16Array(bytes.buffer);
Atomics.exchange(halves, 1, -1);
console.log(halves, bytes);

// What store returns, and how values wrap.
const i32 = new Int32Array(new SharedArrayBuffer(8));
for (const v of [3.7, -0, '12', Infinity, -Infinity, NaN, 2 ** 32 + 5, -(2 ** 31) - 1, true, null, undefined, { valueOf: () => 4 }]) {
  const r = Atomics.store(i32, 0, v);
  console.log(String(v), Object.is(r, -0) ? '-0' : r, Atomics.load(i32, 0));
}
// Index conversions.
console.log(Atomics.load(i32, '1'), Atomics.load(i32, 1.9), Atomics.load(i32, NaN), Atomics.load(i32, undefined), Atomics.load(i32, -0));
console.log([0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 1.5, '4'].map((n) => Atomics.isLockFree(n)).join(' '));
// A view with an offset.
const mid = new Int16Array(new SharedArrayBuffer(12), 4, 2);
Atomics.store(mid, 1, 7);
console.log(new Int16Array(mid.buffer), Atomics.load(mid, 1));
