// Node's TypeErrors and RangeErrors for bad Atomics arguments.
function t(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
for (const v of ['abc', Symbol('s'), null, undefined, 1.5, 10n, true, function f() {}, new (class Foo {})(),
  Object.create(null), new Error('x'), new Map(), [1, 2], Promise.resolve(), new ArrayBuffer(1), /x/,
  new Float32Array(sab), new Float64Array(sab), new Uint8ClampedArray(sab), new DataView(sab), sab]) {
  t('add', () => Atomics.add(v, 0, 1));
}
t('index past end', () => Atomics.add(i32, 4, 1));
t('index negative', () => Atomics.load(i32, -1));
t('index infinite', () => Atomics.store(i32, Infinity, 1));
t('index symbol', () => Atomics.load(i32, Symbol()));
t('value symbol', () => Atomics.add(i32, 0, Symbol()));
t('bigint into int32', () => Atomics.store(i32, 0, 1n));
t('number into bigint64', () => Atomics.store(new BigInt64Array(sab), 0, 1));
t('bad bigint string', () => Atomics.add(new BigInt64Array(sab), 0, 'x'));
t('bigint from valueOf number', () => Atomics.add(new BigInt64Array(sab), 0, { valueOf() { return 3; } }));
t('bigint from undefined', () => Atomics.store(new BigUint64Array(sab), 0, undefined));
t('wait Uint32Array', () => Atomics.wait(new Uint32Array(sab), 0, 0, 0));
t('wait Int16Array', () => Atomics.wait(new Int16Array(sab), 0, 0, 0));
t('wait object', () => Atomics.wait({}, 0, 0, 0));
t('wait not shared', () => Atomics.wait(new Int32Array(4), 0, 0, 0));
t('wait index', () => Atomics.wait(i32, 9, 0, 0));
t('wait bigint timeout', () => Atomics.wait(i32, 0, 0, 1n));
t('waitAsync not shared', () => Atomics.waitAsync(new Int32Array(4), 0, 0));
t('waitAsync Float64Array', () => Atomics.waitAsync(new Float64Array(sab), 0, 0));
t('notify Uint32Array', () => Atomics.notify(new Uint32Array(sab), 0, 1));
t('notify index', () => Atomics.notify(i32, 7));
t('notify not shared', () => Atomics.notify(new Int32Array(4), 0, 1));
t('notify BigInt64Array', () => Atomics.notify(new BigInt64Array(sab), 1));

// The index is checked before the value is converted.
const order = [];
t('order', () => Atomics.add(new Int32Array(2), { valueOf() { order.push('i'); return 5; } }, { valueOf() { order.push('v'); return 1; } }));
console.log(order);

// A detached buffer.
const ab = new ArrayBuffer(8);
const ta = new Int32Array(ab);
const { port1 } = new MessageChannel();
port1.postMessage(ab, [ab]);
port1.close();
console.log(ab.byteLength);
for (const op of ['add', 'load', 'store', 'compareExchange', 'exchange', 'sub', 'and', 'or', 'xor']) {
  t(op + ' detached', () => Atomics[op](ta, 0, 1, 1));
}
t('detached before index', () => Atomics.add(ta, 5, 1));
