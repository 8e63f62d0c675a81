const fs = require('fs');
const path = require('./_tmp');
const dir = path('stat');
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'abcdef');
fs.symlinkSync('f', path.join(dir, 'l'));
const s = fs.statSync(f);
console.log(s.constructor.name, s instanceof fs.Stats, Object.keys(s).join());
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
console.log(s.size, s.nlink, typeof s.ino, typeof s.dev, s.blksize > 0, typeof s.blocks, s.uid === process.getuid(), s.gid === process.getgid());
console.log((s.mode & 0o170000).toString(8), s.mtime instanceof Date, s.mtime.getTime() === Math.floor(s.mtimeMs) || Math.abs(s.mtime.getTime() - s.mtimeMs) < 1);
console.log(fs.lstatSync(path.join(dir, 'l')).isSymbolicLink(), fs.statSync(path.join(dir, 'l')).isFile());
console.log(fs.statSync(dir).isDirectory());
console.log(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
try { fs.statSync(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall); }
try { fs.lstatSync(path.join(f, 'x')); } catch (e) { console.log(e.code, e.syscall); }
const b = fs.statSync(f, { bigint: true });
console.log(b.constructor.name, typeof b.size, b.size, typeof b.mtimeNs, b.isFile());
fs.utimesSync(f, 1000, new Date(2000000));
const u = fs.statSync(f);
console.log(u.atimeMs, u.mtimeMs, u.atime.toISOString(), u.mtime.toISOString());
const fd = fs.openSync(f, 'r');
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
fs.stat(f, (err, st) => {
  console.log('cb', err, st.size);
  fs.lstat(path.join(dir, 'nope'), (err) => {
    console.log('cb', err.code, err.syscall);
    fs.promises.stat(f).then((st) => console.log('promise', st.size));
  });
});
