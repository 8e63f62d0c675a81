const show = (b) => console.log(b.length, b.toString('hex'));
show(Buffer.from('héllo wörld €😀'));
show(Buffer.from('héllo', 'latin1'));
show(Buffer.from('héllo', 'binary'));
show(Buffer.from('héllo€', 'ascii'));
show(Buffer.from('hé😀', 'utf16le'));
show(Buffer.from('hé', 'ucs2'));
show(Buffer.from('hé', 'UCS-2'));
show(Buffer.from('deadbeefzz12', 'hex'));
show(Buffer.from('abc', 'hex'));
show(Buffer.from('aGVsbG8gd29ybGQ=', 'base64'));
show(Buffer.from('aGVsbG8gd29ybGQ', 'base64'));
show(Buffer.from('aGV sbG8\ngd29y bGQ', 'base64'));
show(Buffer.from('_-_-', 'base64url'));
show(Buffer.from('_-_-', 'base64'));
show(Buffer.from('+/+/', 'base64url'));
show(Buffer.from('\ud800x\udc00', 'utf8'));
show(Buffer.from('\ud83d', 'utf16le'));
show(Buffer.from([1, 2, 256, -1, 3.7, '4', 'x', null]));
show(Buffer.from(new Uint16Array([1, 258])));
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const v = Buffer.from(ab, 2, 4);
show(v);
v[0] = 99;
console.log(new Uint8Array(ab)[2], 'shared with arraybuffer');
show(Buffer.from(ab, 5));
const orig = Buffer.from('abc');
const copy = Buffer.from(orig);
copy[0] = 0x41;
console.log(orig.toString(), copy.toString());
show(Buffer.from(new String('boxed')));
show(Buffer.from({ valueOf() { return 'fromValueOf'; } }));
show(Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
show(Buffer.from({ length: 3, 0: 1, 1: 2, 2: 3 }));
show(Buffer.from({ type: 'Buffer', data: [7, 8, 9] }));
show(Buffer.from(''));
show(Buffer.alloc(5));
show(Buffer.alloc(5, 'ab'));
show(Buffer.alloc(5, 0x41));
show(Buffer.alloc(6, 'aGk=', 'base64'));
show(Buffer.alloc(4, Buffer.from([1, 2, 3])));
show(Buffer.alloc(3, 257));
console.log(Buffer.allocUnsafe(10).length, Buffer.allocUnsafeSlow(3).length);
for (const bad of [undefined, null, 5, true, Symbol.iterator]) {
  try { Buffer.from(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [-1, 'x', NaN, 2 ** 53]) {
  try { Buffer.alloc(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from(ab, 9); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from(ab, 0, 9); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.alloc(2, ''); console.log('empty fill ok'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.alloc(2, 'zz', 'hex'); } catch (e) { console.log(e.name, e.code, e.message); }
const nb = new Buffer(3);
console.log(nb.length, Buffer(2).length, new Buffer('hi').toString());
