'use strict';
// The global structuredClone with a transfer list moves what the list
// names, as a message between ports does: buffers are detached, views over
// them follow, ports move; bad options and lists get node's errors.
const { MessageChannel } = require('worker_threads');

const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 7;
const c = structuredClone(ab, { transfer: [ab] });
console.log('buffer', ab.byteLength, c.byteLength, new Uint8Array(c)[0]);

const u = new Uint8Array([1, 2, 3]);
const o = structuredClone({ u }, { transfer: [u.buffer] });
console.log('view', u.length, u.buffer.byteLength, o.u.length, [...o.u]);

const v = new Float64Array([1.5]);
const twice = structuredClone([v, v], { transfer: [v.buffer] });
console.log('shared view', twice[0] === twice[1], twice[0][0], v.length);

const copy = new Uint8Array([9]);
const kept = structuredClone(copy, { transfer: [] });
console.log('empty list copies', copy.length, kept[0]);

const m = new MessageChannel();
const got = structuredClone({ p: m.port1 }, { transfer: [m.port1] });
console.log('port', got.p.constructor.name, got.p === m.port1);
got.p.close();

const fn = () => {};
fn.transfer = [];
console.log('function options', structuredClone(5, fn));
const cases = [1, 'x', { transfer: 1 }, { transfer: [1] }, { transfer: [ab] }, null, { transfer: null }, {}];
for (const bad of cases) {
  try {
    structuredClone(1, bad);
    console.log('ok', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const x = new ArrayBuffer(2);
try {
  structuredClone(x, { transfer: [x, x] });
} catch (e) {
  console.log(e.name, e.code, e.message, x.byteLength);
}
const { port1, port2 } = new MessageChannel();
try {
  port1.postMessage(port2, [port2, port2]);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
port1.close();
