// zlib.crc32 over strings, Buffers and views, with a running value; node's
// errors for bad arguments.
const zlib = require('zlib');
console.log(zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('héllo wörld'), zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32(' world', zlib.crc32('hello')), zlib.crc32('hello world'));
console.log(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(new DataView(new ArrayBuffer(8))), zlib.crc32(Buffer.alloc(1000, 7), 4294967295));
for (const args of [[123], [null], [{}], [new ArrayBuffer(4)], ['x', -1], ['x', 2 ** 32], ['x', 1.5], ['x', '1'], ['x', null]]) {
  try {
    console.log(zlib.crc32(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
