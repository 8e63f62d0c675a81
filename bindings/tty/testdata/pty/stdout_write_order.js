// process.stdout.write on a terminal (writes are synchronous there, as in
// node): plain writes beside writes with callbacks, ticks and promises,
// console.log between them, cork/uncork, chunk kinds and encodings, a
// replaced _write, end() and a write after it; the event log follows on
// stderr, the same terminal.
const mode = 'plain';
const out = process.stdout;
const ev = [];
const note = (s) => ev.push(s);
if (mode === 'built') void out.writableLength;
if (mode === 'patched') {
  const w = out.write;
  out.write = function (c, ...r) { return w.call(this, '[p]' + c, ...r); };
}
note('r1 ' + out.write('a\n') + ' ' + out.writableLength + ' ' + out.writableNeedDrain);
out.write('b\n', () => note('cb b'));
note('r2 ' + out.write('c\n'));
out.write('d\n', () => note('cb d'));
out.write('d2\n', () => note('cb d2'));
process.nextTick(() => note('tick'));
Promise.resolve().then(() => note('promise'));
note('len ' + out.writableLength);
console.log('log e');
out.on('drain', () => note('drain'));
out.cork();
note('r3 ' + out.write('f\n') + ' ' + out.writableLength);
console.log('log g');
out.write('h\n', () => note('cb h'));
out.uncork();
note('after uncork ' + out.writableLength);
out.cork();
out.write('i\n');
console.log('log j');
process.nextTick(() => { out.uncork(); note('tick uncork'); });
setTimeout(() => {
  out.write(Buffer.from('buf\n'));
  out.write(new Uint8Array([0x75, 0x38, 0x0a]));
  out.write(new DataView(new Uint8Array([0x64, 0x76, 0x0a]).buffer));
  out.write('', () => note('cb empty'));
  out.write('4142430a', 'hex', () => note('cb hex'));
  out.setDefaultEncoding('hex');
  out.write('4445460a');
  out.setDefaultEncoding('utf8');
  out.write('utf8 again\n');
  const own = out._write;
  out._write = function (chunk, enc, cb) { require('fs').writeSync(1, '[w]' + chunk); cb(); };
  out.write('replaced\n');
  out._write = own;
  out.write('restored\n');
  out.write('x\n', 'latin1');
  let threw;
  try { out.write(42); } catch (e) { threw = e.code; }
  note('threw ' + threw);
  setImmediate(() => {
    out.on('finish', () => note('finish'));
    out.on('error', (e) => note('error ' + e.code));
    out.end('end\n', () => note('cb end'));
    note('r4 ' + out.write('after end\n', (e) => note('cb after end ' + (e && e.code))));
  });
}, 5);
process.on('exit', () => process.stderr.write(ev.join('\n') + '\n'));
