// A hash fed the same bytes in different pieces and kinds (one byte at a
// time, odd sizes, views into larger buffers, typed arrays, DataViews,
// strings in encodings), through update() and as a stream; the bytes are
// read when update() is called (changing the buffer afterwards changes
// nothing); copy() part-way; node's errors for misuse.
const crypto = require('crypto');
const { Readable, pipeline, Writable } = require('stream');
const data = Buffer.alloc(300001);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
const whole = crypto.createHash('sha256').update(data).digest('hex');
console.log('whole', whole);
for (const cut of [1, 3, 64, 65, 4095, 65536, 300000]) {
  const h = crypto.createHash('sha256');
  for (let i = 0; i < data.length; i += cut) h.update(data.subarray(i, i + cut));
  console.log('cut', cut, h.digest('hex') === whole);
}
// Views whose bytes sit inside a larger buffer, at odd offsets.
const big = Buffer.alloc(data.length + 10, 0xee);
data.copy(big, 5);
const h1 = crypto.createHash('sha256');
h1.update(new Uint8Array(big.buffer, big.byteOffset + 5, 100001));
h1.update(new DataView(big.buffer, big.byteOffset + 5 + 100001, 100000));
h1.update(big.subarray(5 + 200001, 5 + data.length));
console.log('views', h1.digest('hex') === whole);
const even = data.subarray(0, 300000);
const u16 = new Uint16Array(even.length / 2);
Buffer.from(u16.buffer).set(even);
console.log('uint16', crypto.createHash('sha256').update(u16).digest('hex') === crypto.createHash('sha256').update(even).digest('hex'));
console.log('float64', crypto.createHash('md5').update(new Float64Array([1.5, -2, Math.PI])).digest('hex'));
// The bytes count when update() is called.
const buf = Buffer.from('original bytes');
const h2 = crypto.createHash('sha1').update(buf);
buf.fill('x');
console.log('mutated after update', h2.digest('hex') === crypto.createHash('sha1').update('original bytes').digest('hex'));
// Strings in encodings, mixed with Buffers.
const h3 = crypto.createHash('sha512');
h3.update('caf\u00e9 ');
h3.update('68656c6c6f', 'hex');
h3.update(Buffer.from(' world'));
h3.update('aGk=', 'base64');
h3.update('\u00ff\u00fe', 'latin1');
console.log('mixed', h3.digest('base64'));
// copy() part-way, then both go on.
const h4 = crypto.createHash('sha256').update(data.subarray(0, 1000));
const c4 = h4.copy();
h4.update(data.subarray(1000));
c4.update(data.subarray(1000, 2000));
console.log('copy', h4.digest('hex') === whole, c4.digest('hex') === crypto.createHash('sha256').update(data.subarray(0, 2000)).digest('hex'));
// Misuse.
const h5 = crypto.createHash('sha256');
h5.digest();
for (const f of [() => h5.update('x'), () => h5.digest(), () => crypto.createHash('sha256').update(123),
  () => crypto.createHash('sha256').update({}), () => crypto.createHash('sha256').update(null),
  () => crypto.createHash('sha256').update('zz', 'nope'), () => crypto.createHash('nope')]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
}
// As a stream: chunks of every size, then the digest is read.
const sizes = [1, 2, 3, 1000, 16384, 65536, 7];
let k = 0;
let off = 0;
const src = new Readable({
  read() {
    if (off >= data.length) return this.push(null);
    const n = sizes[k++ % sizes.length];
    this.push(data.subarray(off, off + n));
    off += n;
  },
});
const hs = crypto.createHash('sha256');
pipeline(src, hs, (err) => {
  console.log('pipeline', err, hs.read().toString('hex') === whole);
  const hw = crypto.createHash('md5');
  hw.setEncoding('hex');
  hw.on('data', (d) => console.log('data event', d));
  hw.write('abc');
  hw.write(Buffer.from('def'));
  hw.end('ghi', () => {
    hw.write('late', (e) => console.log('write after end cb', e && e.code));
  });
  hw.on('error', (e) => console.log('error event', e.code));
  hw.on('finish', () => console.log('finish'));
});
