// path.win32.join keeps a UNC root only when the first part clearly names
// one, and folds other runs of leading separators.
const { win32 } = require('path');
const cases = [
  ['//foo/bar'], ['\\/foo/bar'], ['\\\\foo/bar'], ['//foo', 'bar'], ['//foo/', 'bar'],
  ['//foo', '/bar'], ['\\\\', 'foo/bar'], ['//', 'foo', 'bar'], ['///foo/bar'], ['/', '//foo'],
  ['', '//foo', 'bar'], ['', '', '//x'], ['\\\\\\foo'], ['//?/c:/x', 'y'], ['c:', 'x'],
  ['c:', '\\x'], ['c:\\', '..', '..'], ['', ''], [],
];
for (const args of cases) console.log(JSON.stringify(args), '->', JSON.stringify(win32.join(...args)));
