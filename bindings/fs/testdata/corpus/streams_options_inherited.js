// Options are read with their inherited keys, and start/end are checked as
// node checks them.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('opts');
const file = tmp.join(dir, 'f.txt');
fs.writeFileSync(file, '0123456789');

const proto = { start: 2, end: 5, encoding: 'utf8' };
const r = fs.createReadStream(file, Object.create(proto));
console.log('inherited', r.start, r.end, r.readableEncoding);
r.on('data', (d) => console.log('range', d));

for (const opts of [{ start: -1 }, { start: 1.5 }, { start: '1' }, { end: -2 }, { start: 5, end: 2 },
  { end: Infinity }, { highWaterMark: 3 }, { fd: -1 }, { fd: 'x' }, { fd: 1.5 }, 'nope', 42]) {
  try {
    const s = fs.createReadStream(file, opts);
    console.log('ok', JSON.stringify(opts), s.start, s.end, s.readableHighWaterMark);
    s.destroy();
  } catch (e) {
    console.log(JSON.stringify(opts), e.name, e.code, e.message);
  }
}
for (const opts of [{ start: -1 }, { start: 2 ** 53 }, { flush: 'yes' }, { flush: true }]) {
  try {
    const s = fs.createWriteStream(tmp.join(dir, 'w.txt'), opts);
    console.log('write ok', JSON.stringify(opts), s.start, s.flush);
    s.destroy();
  } catch (e) {
    console.log('write', JSON.stringify(opts), e.name, e.code, e.message);
  }
}
