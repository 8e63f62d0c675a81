const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

show('arrow', () => {});
show('function', function foo() { return 1; });
show('class', class A {});
show('symbol', Symbol('x'));
show('symbol in object', { s: Symbol() });
show('promise', Promise.resolve());
show('weakmap', new WeakMap());
show('weakset', new WeakSet());
show('proxy', new Proxy({}, {}));
show('arguments', (function () { return arguments; })(1));
show('symbol object', Object(Symbol('b')));
show('generator', (function* () {})());
show('map iterator', new Map().keys());
show('nested function', { a: [1, { f() {} }] });
try { v8.serialize(() => {}); } catch (e) { console.log(e instanceof Error, e.constructor === Error, e.code, Object.keys(e)); }
