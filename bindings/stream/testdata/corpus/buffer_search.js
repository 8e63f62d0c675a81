const b = Buffer.from('this is a buffer with buffer words, a buffer');
console.log(b.indexOf('buffer'), b.indexOf('buffer', 11), b.indexOf('buffer', -10), b.indexOf('nope'), b.indexOf(''), b.indexOf('', 100));
console.log(b.lastIndexOf('buffer'), b.lastIndexOf('buffer', 30), b.lastIndexOf('buffer', -20), b.lastIndexOf(''), b.lastIndexOf('', 5));
console.log(b.indexOf(Buffer.from('with')), b.indexOf(0x61), b.indexOf(0x61 + 256), b.lastIndexOf(97), b.indexOf(new Uint8Array([119, 105])));
console.log(b.includes('words'), b.includes('x'), b.includes(32, 40));
console.log(b.indexOf('6275', 'hex'), b.indexOf('YnVm', 'base64'), b.indexOf('buffer', 0, 'latin1'), b.indexOf('b\u0000u', 0, 'utf16le'));
const u = Buffer.from('a\u0000b\u0000c\u0000b\u0000', 'latin1');
console.log(u.indexOf('b', 0, 'utf16le'), u.lastIndexOf('b', undefined, 'utf16le'), u.indexOf('b', 1, 'ucs2'));
console.log(b.indexOf('buffer', null), b.indexOf('buffer', NaN), b.lastIndexOf('buffer', NaN), b.indexOf('a', {}));
try { b.indexOf({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { b.indexOf('a', 0, 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const f = Buffer.alloc(10);
console.log(f.fill('abc').toString(), f.fill(0).toString('hex'), f.fill('x', 3, 5).toString('hex'), f.fill(0x101, 8).toString('hex'));
console.log(f.fill('aa', 'hex').toString('hex'), f.fill('é', 1, 4, 'latin1').toString('hex'), f.fill(Buffer.from([1, 2, 3]), 2).toString('hex'));
try { f.fill('zz', 'hex'); } catch (e) { console.log(e.name, e.code, e.message); }
try { f.fill(1, -1); } catch (e) { console.log(e.name, e.code, e.message); }
try { f.fill(1, 0, 11); } catch (e) { console.log(e.name, e.code, e.message); }
try { f.fill('a', 0, 1, 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const a1 = Buffer.from('abc'), a2 = Buffer.from('abd'), a3 = Buffer.from('ab');
console.log(Buffer.compare(a1, a2), Buffer.compare(a2, a1), Buffer.compare(a1, a3), Buffer.compare(a1, Buffer.from('abc')));
console.log(a1.compare(a2), a1.compare(a2, 0, 2, 0, 2), a1.equals(Buffer.from('abc')), a1.equals(a2), a1.equals(new Uint8Array([97, 98, 99])));
console.log([a2, a1, a3].sort(Buffer.compare).map(String));
try { a1.equals('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.compare(a1, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { a1.compare(a2, -1); } catch (e) { console.log(e.name, e.code, e.message); }
const c = Buffer.concat([a1, a2, new Uint8Array([0x7a])]);
console.log(c.toString(), Buffer.concat([a1, a2], 4).toString(), Buffer.concat([a1], 6).toString('hex'), Buffer.concat([]).length);
try { Buffer.concat([a1, 'x']); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.concat('x'); } catch (e) { console.log(e.name, e.code, e.message); }
const dst = Buffer.alloc(6, '.');
console.log(a1.copy(dst, 1), dst.toString(), a1.copy(dst, 4, 1), dst.toString(), a1.copy(dst, 0, 2, 3), dst.toString(), a1.copy(dst, 10));
const s = Buffer.from('0123456789');
const sl = s.slice(2, 5), sub = s.subarray(-3), sub2 = s.subarray(4, 2);
sl[0] = 0x41;
console.log(s.toString(), sl.toString(), sub.toString(), sub2.length, sl instanceof Buffer, sub.buffer === s.buffer);
const sw = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(sw.swap16().toString('hex'), sw.swap32().toString('hex'), sw.swap64().toString('hex'));
try { Buffer.from([1, 2, 3]).swap16(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log([...Buffer.from('hi')], [...Buffer.from('hi').entries()], [...Buffer.from('hi').keys()], [...Buffer.from('hi').values()]);
for (const x of Buffer.from('ab')) console.log('byte', x);
console.log(Buffer.poolSize, require('buffer').kMaxLength, require('buffer').constants.MAX_LENGTH === require('buffer').kMaxLength, require('buffer').INSPECT_MAX_BYTES);
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null));
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.alloc(2) instanceof Uint8Array);
