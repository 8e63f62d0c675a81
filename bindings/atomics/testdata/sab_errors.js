// Node's errors for bad SharedArrayBuffer use.
function t(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name, e.code, e.message);
  }
}
const getter = (k) => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, k).get;
const sab = new SharedArrayBuffer(8);

t('call', () => SharedArrayBuffer(4));
t('negative', () => new SharedArrayBuffer(-1));
t('too big', () => new SharedArrayBuffer(2 ** 53));
t('bigint', () => new SharedArrayBuffer(1n));
t('symbol', () => new SharedArrayBuffer(Symbol('n')));
t('max too small', () => new SharedArrayBuffer(8, { maxByteLength: 4 }));
t('max negative', () => new SharedArrayBuffer(0, { maxByteLength: -1 }));
t('byteLength of ArrayBuffer', () => getter('byteLength').call(new ArrayBuffer(2)));
t('byteLength of undefined', () => getter('byteLength').call(undefined));
t('byteLength of string', () => getter('byteLength').call('s'));
t('growable of object', () => getter('growable').call({}));
t('maxByteLength of number', () => getter('maxByteLength').call(1));
t('slice of ArrayBuffer', () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(2)));
t('slice of view', () => SharedArrayBuffer.prototype.slice.call(new Int32Array(sab)));
t('grow not growable', () => sab.grow(8));
t('grow of number', () => SharedArrayBuffer.prototype.grow.call(1));
const g = new SharedArrayBuffer(4, { maxByteLength: 8 });
t('grow smaller', () => g.grow(2));
t('grow past max', () => g.grow(9));

const s2 = new SharedArrayBuffer(8);
s2.constructor = { [Symbol.species]: function () { return new SharedArrayBuffer(1); } };
t('species too small', () => s2.slice(2));
s2.constructor = { [Symbol.species]: function () { return new ArrayBuffer(8); } };
t('species ArrayBuffer', () => s2.slice(2));
s2.constructor = { [Symbol.species]: function () { return s2; } };
t('species same', () => s2.slice(2));
s2.constructor = { [Symbol.species]: 5 };
t('species not ctor', () => s2.slice(2));
s2.constructor = 7;
t('constructor not object', () => s2.slice(2));
s2.constructor = undefined;
t('constructor undefined', () => s2.slice(2).byteLength);
