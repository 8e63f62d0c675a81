const fs = require('fs');
const path = require('./_tmp');
const dir = path('readdir');
fs.mkdirSync(dir + '/a/b/c', { recursive: true });
fs.writeFileSync(path.join(dir, 'a/f1'), '1');
fs.writeFileSync(path.join(dir, 'a/b/f2'), '22');
fs.writeFileSync(path.join(dir, 'z'), '');
fs.writeFileSync(path.join(dir, 'B'), '');
fs.symlinkSync('z', path.join(dir, 'link'));
console.log(fs.readdirSync(dir));
console.log(fs.readdirSync(dir, { recursive: true }));
for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.path === dir, d.parentPath === dir, d instanceof fs.Dirent);
}
for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
  console.log(d.name, path.relative(dir, d.parentPath), d.isDirectory());
}
console.log(Buffer.isBuffer(fs.readdirSync(dir, 'buffer')[0]), fs.readdirSync(dir, 'buffer')[0].toString());
try { fs.readdirSync(path.join(dir, 'z')); } catch (e) { console.log(e.code, e.syscall); }
try { fs.readdirSync(path.join(dir, 'none')); } catch (e) { console.log(e.code, e.syscall); }
fs.readdir(dir, (err, names) => {
  console.log('cb', err, names.length);
  fs.readdir(dir, { withFileTypes: true }, (err, ents) => {
    console.log('cb types', ents.map((e) => e.name + ':' + e.isDirectory()).join(' '));
    fs.promises.readdir(path.join(dir, 'a')).then((n) => console.log('promise', n));
  });
});
