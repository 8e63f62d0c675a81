// The Stats object the sync, callback and promise stats build (fields,
// order, prototype, bigint) and how stat reads its options argument.
const fs = require('fs');
const util = require('util');
const path = require('./_tmp');
const dir = path('stat_options');
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'abc');
const mask = (v) => util.inspect(v).replace(/\d+/g, '#');
const s = fs.statSync(f);
const b = fs.statSync(f, { bigint: true });
console.log(mask(s));
console.log(mask(b));
console.log(s instanceof fs.Stats, s.constructor === fs.Stats, Object.getOwnPropertyDescriptor(s, 'size'));
console.log(b.ino === BigInt(s.ino), b.mtimeMs === b.mtimeNs / 1000000n);
// Times as Dates: rounded from a number's milliseconds, cut from a bigint's.
fs.utimesSync(f, 1.0017, 1.0012);
const t = fs.statSync(f), tb = fs.statSync(f, { bigint: true });
console.log(t.atimeMs, t.atime.getTime(), t.mtimeMs, t.mtime.getTime(), tb.atime.getTime(), tb.atimeMs);
// A second stat does not change the first one's values.
const d = fs.statSync(dir);
console.log(s.isFile(), d.isDirectory(), s.size, d.ino !== s.ino);
const fd = fs.openSync(f, 'r');
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);
for (const o of [null, 5, 'x', { bigint: 1 }, { throwIfNoEntry: 0 }, { throwIfNoEntry: false }]) {
  try { console.log(typeof fs.statSync(f, o).size); } catch (e) { console.log(e.name, e.code, e.message); }
  try { console.log(fs.lstatSync(path.join(dir, 'nope'), o)); } catch (e) { console.log(e.name, e.code); }
}
fs.stat(f, (err, x) => {
  console.log('cb', err, mask(x) === mask(s));
  fs.lstat(f, { bigint: true }, (err2, y) => {
    console.log('cb bigint', err2, typeof y.size);
    fs.promises.stat(f).then((z) => console.log('promise', mask(z) === mask(s)));
  });
});
