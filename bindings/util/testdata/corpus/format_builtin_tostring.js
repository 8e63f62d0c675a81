// util.format's %s calls a value's own toString unless it is a built-in
// class's: a Buffer, a URL or a user class print as their toString says;
// plain objects, arrays and built-ins are inspected.
const util = require('util');
class WithToString { toString() { return 'mine'; } }
class Plain {}
const values = [Buffer.from('héllo'), new URL('http://example.com/a?b'), new URLSearchParams('x=1&y=2'),
  new WithToString(), new Plain(), { a: 1 }, [1, [2, [3]]], new Date(0), new Map([[1, 2]]), new Uint8Array([1, 2]),
  Object.assign(Object.create(null), { n: 1 }), { [Symbol.toPrimitive]: () => 'prim' }, new Error('msg').message,
  function f() {}.name, 5n, -0, Symbol('s')];
for (const v of values) console.log(JSON.stringify(util.format('%s', v)));
console.log(util.format('%s|%s', Buffer.from([0x41]), new WithToString()));
