const util = require('util');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 1));
console.log(Buffer.alloc(51, 255));
console.log([Buffer.from('a'), { b: Buffer.from([1, 2, 3]) }]);
console.log(util.inspect(Buffer.from('hello')));
console.log(util.format('%o|%j', Buffer.from('y'), Buffer.from('z')));
console.log(String(util.inspect(Buffer.from('abc'), { compact: false })));
const b = Buffer.from('xyz');
b.extra = 1;
console.log(b);
const sub = Buffer.from('abcdef').subarray(2);
console.log(sub, sub.byteOffset > -1);
console.log(new Uint8Array([1, 2]));
require('buffer').INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'));
class MyBuf extends Buffer {}
console.log(Object.prototype.toString.call(Buffer.from('a')));
