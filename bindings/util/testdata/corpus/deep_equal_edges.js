const { isDeepStrictEqual: s } = require('util');
const a = require('assert');
const loose = (x, y) => { try { a.deepEqual(x, y); return true; } catch { return false; } };
const pairs = [
  [1, '1'], [[1, 2], ['1', '2']], [{ a: 1 }, { a: 1, b: undefined }], [new Set([1, '1']), new Set(['1', 1])], [new Set([1]), new Set(['1'])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [null, undefined], [0, -0], [NaN, NaN], [[,], [undefined]], [new Number(1), new Number(1)],
  [new String('a'), 'a'], [Object.create(null), {}], [[1, 2, 3], [1, 2, 3]], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [new Date(5), new Date(5)], [/a/gi, /a/ig], [new Error('x'), new TypeError('x')], [Buffer.from('ab'), new Uint8Array([97, 98])],
  [new Float64Array([0]), new Float64Array([-0])], [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 1 }], [{ [Symbol.for('k')]: 1 }, {}],
  [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [[1, 2], { 0: 1, 1: 2 }], [function f() {}, function f() {}], [new WeakMap(), new WeakMap()], [Object(1n), Object(1n)],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [new ArrayBuffer(2), new ArrayBuffer(2)], [Symbol.for('x'), Symbol.for('x')],
];
for (const [x, y] of pairs) console.log(s(x, y), loose(x, y));
const c1 = [1]; c1.push(c1); const c2 = [1]; c2.push(c2); console.log(s(c1, c2));
const d1 = { a: {} }; d1.a.back = d1; const d2 = { a: {} }; d2.a.back = d2.a; console.log(s(d1, d2));
