const b = Buffer.from('héllo wörld €😀');
for (const enc of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UTF8', 'Hex', undefined]) {
  console.log(enc, JSON.stringify(b.toString(enc)));
}
console.log(JSON.stringify(b.toString('utf8', 1, 4)), JSON.stringify(b.toString('hex', -5, 100)), JSON.stringify(b.toString('utf8', 5, 2)));
console.log(JSON.stringify(b.toString(undefined, 2)));
const bad = Buffer.from([0x61, 0xe2, 0x82, 0x62, 0xff, 0xf0, 0x9f, 0x98, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]);
console.log(JSON.stringify(bad.toString()), bad.toString().length);
console.log(JSON.stringify(Buffer.from([0xff, 0x00, 0x7f, 0x80]).toString('ascii')));
console.log(JSON.stringify(Buffer.from([0xff, 0x00, 0x7f, 0x80]).toString('latin1')));
console.log(JSON.stringify(Buffer.from([0x61, 0x00, 0x62]).toString('utf16le')));
console.log(JSON.stringify(Buffer.from([0x3d, 0xd8]).toString('utf16le')));
console.log(Buffer.from([250, 251, 252, 253, 254, 255]).toString('base64'), Buffer.from([250, 251, 252, 253, 254, 255]).toString('base64url'));
console.log(Buffer.from([1]).toString('base64'), Buffer.from([1]).toString('base64url'));
try { b.toString('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(String(Buffer.from('abc')), Buffer.from('abc') + '', `${Buffer.from('x')}`);
const w = Buffer.alloc(10);
console.log(w.write('héllo'), w.toString('hex'));
console.log(w.write('zz', 8), w.toString('hex'));
console.log(w.write('abcdef', 2, 3), w.toString('hex'));
console.log(w.write('ffee', 1, 'hex'), w.toString('hex'));
console.log(w.write('ffeedd', 0, 2, 'hex'), w.toString('hex'));
console.log(w.write('€', 9), w.toString('hex'));
console.log(w.write('hi', 'latin1'), w.toString('hex'));
console.log(w.write('aGk=', 4, 'base64'), w.toString('hex'));
console.log(w.write('é', 0, 'utf16le'), w.toString('hex'));
try { w.write('x', 11); } catch (e) { console.log(e.name, e.code, e.message); }
try { w.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { w.write('x', 0, 1, 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
for (const s of ['abc', 'héllo', '€', '😀', '\ud800']) {
  console.log(s.length, Buffer.byteLength(s), Buffer.byteLength(s, 'utf16le'), Buffer.byteLength(s, 'latin1'));
}
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new Uint32Array(3)));
try { Buffer.byteLength(5); } catch (e) { console.log(e.name, e.code, e.message); }
for (const e of ['utf8', 'UTF-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'utf-16le', 'nope', '', 5, undefined]) {
  process.stdout.write(String(Buffer.isEncoding(e)) + ' ');
}
console.log();
console.log(JSON.stringify(Buffer.from('hi \u00ff').toJSON()), JSON.stringify({ b: Buffer.from([1, 2]) }));
