const crypto = require('crypto');
const show = require('./_show');
show('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
show('differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
show('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
show('views', () => crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
show('arraybuffer', () => crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))));
show('length', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show('string', () => crypto.timingSafeEqual('a', 'b'));
show('second', () => crypto.timingSafeEqual(Buffer.alloc(1), 5));
show('offset views', () => {
  const b = Buffer.from('xxabcyy');
  return crypto.timingSafeEqual(b.subarray(2, 5), Buffer.from('abc'));
});
