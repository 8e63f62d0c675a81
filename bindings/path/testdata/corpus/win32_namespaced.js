// path.win32.toNamespacedPath (and its old name _makeLong) turns drive and
// UNC paths into long '\\?\' paths; anything else comes back resolved,
// and non-strings come back untouched.
// Answers must not depend on where the corpus sits: run from the root.
process.chdir('/');
const { win32 } = require('path');
const inputs = ['c:\\x\\..\\y', 'C:/a/b', '\\\\srv\\share\\d', '//foo//bar', '\\\\?\\c:\\x', '\\\\.\\pipe\\p',
  'c:', 'rel\\x', '', '\\\\?\\UNC\\s\\h'];
for (const p of inputs) console.log(JSON.stringify(p), JSON.stringify(win32.toNamespacedPath(p)));
for (const v of [null, undefined, 42, {}]) console.log(win32.toNamespacedPath(v) === v, win32._makeLong(v) === v);
console.log(win32._makeLong === win32.toNamespacedPath);
