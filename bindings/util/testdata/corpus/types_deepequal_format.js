const util = require('util');
const t = util.types;
const vals = { date: new Date(), re: /x/, err: new TypeError(), map: new Map(), set: new Set(), wm: new WeakMap(), ws: new WeakSet(),
  af: async () => {}, gf: function* () {}, go: (function* () {})(), p: Promise.resolve(), prox: new Proxy({}, {}), ab: new ArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), f64: new Float64Array(1), args: (function () { return arguments; })(),
  num: Object(1), str: Object('s'), bool: Object(false), big: Object(1n), sym: Object(Symbol()), mi: new Map().keys(), si: new Set().values(),
  fake: { [Symbol.toStringTag]: 'Date' }, buf: Buffer.from('x'), plain: {}, fn: function () {}, cls: class {} };
for (const fn of Object.keys(t).sort()) {
  const hits = Object.keys(vals).filter((k) => t[fn](vals[k]));
  console.log(fn, hits.join(','));
}
const d = util.isDeepStrictEqual;
console.log(d({ a: [1, 2, { b: new Map([[1, new Set([1])]]) }] }, { a: [1, 2, { b: new Map([[1, new Set([1])]]) }] }));
console.log(d([1, 2], [1, '2']), d(NaN, NaN), d(0, -0), d(new Date(1), new Date(1)), d(/a/g, /a/i), d({}, Object.create(null)));
const c1 = { a: 1 }; c1.self = c1; const c2 = { a: 1 }; c2.self = c2; console.log(d(c1, c2));
console.log(d(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])), d([1, , 3], [1, undefined, 3]), d(new Error('a'), new Error('a')));
console.log(d(Buffer.from('ab'), Buffer.from('ab')), d(new Uint8Array([1]), new Int8Array([1])), d(Object(1), Object(1)), d(Object(1), Object(2)));
console.log(util.isArray([]), util.isPrimitive(Symbol()), util.isFunction(class {}), util.isBuffer(Buffer.alloc(1)));
console.log(util.format('%s', 42n), util.format('%d', '0x10'), util.format('%i', 42.9), util.format('%s', {a:{b:{c:1}}}), util.format('%s', [1,[2,[3]]]), util.format('a', 'b', 3, {c:1}));
console.log(util.format('%o', [1, 2]), util.format('%s %s', 'only'), util.format('%%s %j', 'x'), util.format(1, 2), util.format('%s', Symbol('q')));
console.log(util.format('%s', new Error('e1')).split('\n')[0], util.format('%s', -0), util.format('%d', -0), util.format('%s', null, undefined));
console.log(util.inspect('a\nb\'"'), util.inspect(new Map([['a', { b: [1, { c: new Set([1]) }] }]]), { depth: 0 }), util.inspect([1, 2, 3], { maxArrayLength: 1 }));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { compact: false }), util.inspect('x'.repeat(30), { maxStringLength: 4 }));
console.log(util.inspect({ aaaa: 'x'.repeat(20), bbbb: 'y'.repeat(20), cccc: 'z'.repeat(20), d: [1,2,3] }, { breakLength: 40 }));
console.log(util.inspect(123456789.123, { numericSeparator: true }), util.inspect(new Array(5)), util.inspect([,'a',,]), util.inspect(Object.assign([1], {x: 2})));
class A { constructor() { this.x = 1; } } class B extends A { get y() { return 2; } static s = 1; }
console.log(new B(), B, A, [new A()], { f() {}, g: () => {}, h: function named() {} });
console.log(util.inspect(new B(), { showHidden: true }), Object.create(B.prototype), Object.create(null, { x: { value: 1, enumerable: true } }));
const o = {}; Object.defineProperty(o, 'hidden', { value: 1 }); o.vis = 2; console.log(util.inspect(o, { showHidden: true }), o);
console.log([new Date(NaN), new Date('2020-01-02T03:04:05.678Z'), -0, [-0], 1e21, 0.1, 2n ** 70n]);
console.log({ 'key with space': 1, valid_id: 2, '3x': 3, [Symbol('s')]: 4, [Symbol()]: 5 });
console.log(util.inspect(new Set(Array.from({length: 120}, (_, i) => i))).split('\n').slice(-2).join('|'));
console.log(util.inspect({ a: [[[[1]]]] }), util.inspect({ a: [[[[1]]]] }, { depth: null }), util.inspect({ a: [[[[1]]]] }, { depth: Infinity }));
const big = {}; for (let i = 0; i < 30; i++) big['k' + i] = i; console.log(big);
console.log(Array.from({ length: 7 }, (_, i) => 'item' + i), Array.from({ length: 27 }, (_, i) => i * 1000));
console.log(util.inspect(Symbol.for('x')), util.inspect(function () {}), util.inspect(Math), util.inspect(JSON), util.inspect(globalThis).slice(0, 20));
