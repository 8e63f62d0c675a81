const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

show('empty', {});
show('order', { b: 1, 2: 3, 1: 4, a: 'x' });
show('index keys', { 4294967294: 1, 4294967295: 2, '-1': 3, '01': 4, 2147483648: 5 });
show('nested', { a: { b: { c: [] } }, d: null, u: undefined });
show('getters', { get a() { return 1; }, set b(x) {} });
show('non-enumerable', Object.defineProperty({ x: 1 }, 'hidden', { value: 2, enumerable: false }));
show('symbol keys skipped', { [Symbol('s')]: 1, k: 2 });
show('class instance', new (class Foo { constructor() { this.a = 1; } })());
show('null proto', Object.assign(Object.create(null), { z: 1 }));
show('proto of Map', Object.create(Map.prototype));
show('Math', Math);
let calls = 0;
show('getter order', { get first() { calls++; return calls; }, get second() { calls++; return calls; } });
