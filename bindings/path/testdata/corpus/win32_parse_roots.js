// path.win32.parse on every kind of root, and format() as its inverse.
const { win32 } = require('path');
const inputs = [
  '', 'x', '\\', '/', 'c:', 'C:\\', 'c:/', 'c:x', 'c:\\x', 'c:\\x\\', '\\\\?\\UNC\\server\\share',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\x.y', '\\\\server', '//s/h/a/b.c',
  '\\\\.\\pipe\\name', 'c:\\..', 'c:..', 'C:..\\', 'a\\..', '.\\.x', 'dir\\file.tar.gz', 'file.',
  '..\\..\\x..', 'c:\\dir\\\\\\', '\\dir\\.hidden',
];
for (const p of inputs) {
  const parsed = win32.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(win32.format(parsed)));
}
console.log(win32.format({ root: 'c:\\', name: 'x', ext: 'js' }), win32.format({ dir: 'c:\\d', base: 'b', name: 'ignored' }));
