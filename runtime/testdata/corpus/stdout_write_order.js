// process.stdout.write's order, return values and callbacks, to a pipe and
// to a file: plain writes beside writes with callbacks, nextTicks and
// promises; console.log between them; cork/uncork (at once and in a
// tick); Buffers, Uint8Arrays, DataViews, encodings, a default encoding;
// a replaced and a restored _write; a bad chunk; end() and a write after
// it. The child runs untouched (process.stdout not yet built), with the
// stream built, and with write patched; its event log goes to stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = `
  const mode = process.argv[1];
  const out = process.stdout;
  const ev = [];
  const note = (s) => ev.push(s);
  if (mode === 'built') void out.writableLength;
  if (mode === 'patched') {
    const w = out.write;
    out.write = function (c, ...r) { return w.call(this, '[p]' + c, ...r); };
  }
  note('r1 ' + out.write('a\\n') + ' ' + out.writableLength + ' ' + out.writableNeedDrain);
  out.write('b\\n', () => note('cb b'));
  note('r2 ' + out.write('c\\n'));
  out.write('d\\n', () => note('cb d'));
  out.write('d2\\n', () => note('cb d2'));
  process.nextTick(() => note('tick'));
  Promise.resolve().then(() => note('promise'));
  note('len ' + out.writableLength);
  console.log('log e');
  out.on('drain', () => note('drain'));
  out.cork();
  note('r3 ' + out.write('f\\n') + ' ' + out.writableLength);
  console.log('log g');
  out.write('h\\n', () => note('cb h'));
  out.uncork();
  note('after uncork ' + out.writableLength);
  out.cork();
  out.write('i\\n');
  console.log('log j');
  process.nextTick(() => { out.uncork(); note('tick uncork'); });
  setTimeout(() => {
    out.write(Buffer.from('buf\\n'));
    out.write(new Uint8Array([0x75, 0x38, 0x0a]));
    out.write(new DataView(new Uint8Array([0x64, 0x76, 0x0a]).buffer));
    out.write('', () => note('cb empty'));
    out.write('4142430a', 'hex', () => note('cb hex'));
    out.setDefaultEncoding('hex');
    out.write('4445460a');
    out.setDefaultEncoding('utf8');
    out.write('utf8 again\\n');
    const own = out._write;
    out._write = function (chunk, enc, cb) { require('fs').writeSync(1, '[w]' + chunk); cb(); };
    out.write('replaced\\n');
    out._write = own;
    out.write('restored\\n');
    out.write('x\\n', 'latin1');
    let threw;
    try { out.write(42); } catch (e) { threw = e.code; }
    note('threw ' + threw);
    setImmediate(() => {
      out.on('finish', () => note('finish'));
      out.on('error', (e) => note('error ' + e.code));
      out.end('end\\n', () => note('cb end'));
      note('r4 ' + out.write('after end\\n', (e) => note('cb after end ' + (e && e.code))));
    });
  }, 5);
  process.on('exit', () => process.stderr.write(ev.join('\\n') + '\\n'));
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-order-'));
for (const mode of ['plain', 'built', 'patched']) {
  const piped = spawnSync(process.execPath, ['-e', child, mode], { encoding: 'utf8' });
  console.log(`${mode} pipe:`, piped.status, JSON.stringify(piped.stdout));
  console.log(piped.stderr);
  const file = path.join(dir, `${mode}.txt`);
  const fd = fs.openSync(file, 'w');
  const res = spawnSync(process.execPath, ['-e', child, mode], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  fs.closeSync(fd);
  console.log(`${mode} file:`, res.status, JSON.stringify(fs.readFileSync(file, 'utf8')));
  console.log(res.stderr);
}
fs.rmSync(dir, { recursive: true });
