const v8 = require('v8');
const hex = (v) => v8.serialize(v).toString('hex');
const short = (s) => (s.length > 80 ? s.slice(0, 40) + '...' + s.slice(-40) + ' (' + s.length / 2 + ' bytes)' : s);
for (const n of [0, 1, 126, 127, 128, 255, 256, 16383, 16384]) {
  console.log('string', n, short(hex('x'.repeat(n))));
  console.log('array', n, short(hex(new Array(n).fill(0).map((_, i) => i % 2))));
}
for (const v of [-1, 1, -64, 63, 64, -65, 8191, -8192, 8192, 1048575, -1048576, 134217727, -134217728, 134217728]) console.log('int', v, hex(v));
console.log('two-byte 200', short(hex('ሴ'.repeat(100))));
console.log('buffer 300', short(hex(Buffer.alloc(300, 1))));
console.log('arraybuffer 200', short(hex(new ArrayBuffer(200))));
const back = v8.deserialize(v8.serialize({ s: 'x'.repeat(20000), a: new Array(20000).fill('y') }));
console.log(back.s.length, back.a.length, back.a[19999]);
