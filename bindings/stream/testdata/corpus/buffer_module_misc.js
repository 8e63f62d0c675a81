const buffer = require('buffer');
const { Buffer: B, isUtf8, isAscii, transcode, constants, kMaxLength } = buffer;
console.log(B === Buffer, typeof buffer.SlowBuffer, kMaxLength === constants.MAX_LENGTH, constants.MAX_STRING_LENGTH);
console.log(isUtf8(Buffer.from('héllo')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')));
console.log(isUtf8(new ArrayBuffer(2)));
try { isUtf8('x'); } catch (e) { console.log(e.code, e.message); }
console.log(transcode(Buffer.from('héllo'), 'utf8', 'latin1').toString('hex'), transcode(Buffer.from('hi'), 'utf8', 'ucs2').toString('hex'));
console.log(Buffer.of(1, 2, 300).toString('hex'), Buffer.copyBytesFrom(new Uint16Array([1, 0x203]), 1).toString('hex'));
const b = Buffer.from('abc');
console.log(b.toLocaleString(), b.utf8Slice(1), b.hexSlice(0, 2), b.latin1Write('zz', 1), b.toString());
console.log(b.parent === b.buffer, b.offset === b.byteOffset, typeof b.readUint8, Buffer.name, Buffer.length);
const m = Buffer.from([1, 2, 3]).map((x) => x * 2);
console.log(m instanceof Buffer, m, Buffer.from([3, 1, 2]).sort(), Buffer.from([1, 2, 3, 4]).filter((x) => x % 2));
console.log(Buffer.from([1, 2, 3]).reverse(), Buffer.from('abc').at(-1), Buffer.from('ab').join('-'));
console.log(buffer.btoa('hello'), buffer.atob('aGVsbG8='));
console.log(Buffer.from('€').toString('binary').length, Buffer.from('\u00e9', 'latin1').toString('latin1'));
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])]), Buffer.compare(new Uint8Array([1]), Buffer.from([2])));
const big = Buffer.alloc(2 ** 16, 'ab');
console.log(big.length, big.indexOf('ba'), big.lastIndexOf('ab'), big.toString('base64').length, big.toString('hex', 0, 4));
