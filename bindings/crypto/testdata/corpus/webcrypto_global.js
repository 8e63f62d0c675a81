const c = require('crypto');
const show = require('./_show');
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(crypto === c.webcrypto, crypto.subtle === c.subtle, String(crypto), String(crypto.subtle));
console.log(Object.prototype.toString.call(c.webcrypto), Object.prototype.toString.call(c.subtle));
const a = new Uint8Array(16);
console.log(crypto.getRandomValues(a) === a, a.length);
console.log(c.getRandomValues(new Uint32Array(4)).length, crypto.getRandomValues(new BigInt64Array(2)).length);
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
show('quota', () => crypto.getRandomValues(new Uint8Array(65537)));
show('float', () => crypto.getRandomValues(new Float32Array(2)));
show('float64', () => crypto.getRandomValues(new Float64Array(2)));
show('dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('plain', () => crypto.getRandomValues([1, 2]));
show('this', () => crypto.getRandomValues.call({}, new Uint8Array(2)));
show('missing', () => crypto.getRandomValues());
show('module missing', () => c.getRandomValues());
try {
  crypto.getRandomValues(new Uint8Array(70000));
} catch (e) {
  console.log(e instanceof DOMException, e.name, e.code, e.message);
}
