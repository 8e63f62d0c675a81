const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function roundTrip(v) {
  port1.postMessage(v);
  return receiveMessageOnPort(port2).message;
}
const obj = { a: 1, s: 'str', n: null, u: undefined, b: true, big: 12345678901234567890n, neg: -0, nan: NaN };
console.log(roundTrip(obj));
console.log(roundTrip([1, , 3, 'x']), roundTrip([1, , 3]).length, 1 in roundTrip([1, , 3]));
console.log(roundTrip(new Date(86400000)).toISOString());
const re = roundTrip(/ab+c/gi);
console.log(re instanceof RegExp, re.source, re.flags);
console.log(roundTrip(new Map([[1, 'a'], ['k', { deep: [1] }]])));
console.log(roundTrip(new Set([1, 'two', 3])));
console.log(roundTrip(new Float32Array([1.5, 2.5])), roundTrip(new Int32Array([-1, 7])));
console.log(roundTrip(new Number(5)), roundTrip(new String('boxed')), roundTrip(new Boolean(false)));
class Point { constructor() { this.x = 1; this.y = 2; } get len() { return 3; } }
const p = roundTrip(new Point());
console.log(p, p.constructor === Object);
const cyc = { name: 'root' };
cyc.self = cyc;
cyc.list = [cyc, { back: cyc }];
const c = roundTrip(cyc);
console.log(c.self === c, c.list[0] === c, c.list[1].back === c, c !== cyc);
const shared = { v: 1 };
const two = roundTrip({ a: shared, b: shared });
console.log(two.a === two.b);
const dv = roundTrip(new DataView(new ArrayBuffer(4), 1, 2));
console.log(dv instanceof DataView, dv.byteOffset, dv.byteLength);
console.log(roundTrip('plain string'), roundTrip(42), roundTrip(undefined), roundTrip(null), roundTrip(10n));
port1.close();
