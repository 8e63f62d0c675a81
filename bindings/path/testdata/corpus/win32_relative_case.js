// path.win32.relative compares case-insensitively (lower-casing can change
// a string's length) and keeps the target's own spelling.
const { win32 } = require('path');
const cases = [
  ['c:\\a\\İ', 'c:\\a\\İ\\test.txt'],
  ['c:\\İ\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'],
  ['c:\\İ\\a\\i\u0307', 'c:\\İ\\b\\İ\\test.txt'],
  ['c:\\İx\\a', 'c:\\i\u0307x\\b'],
  ['c:\\İ', 'c:\\'],
  ['c:\\İ\\a\\b', 'c:\\İ'],
  ['C:\\ÀB\\x', 'c:\\àb\\y'],
  ['c:\\ß\\a', 'c:\\SS\\b'],
  ['C:\\FOO\\bar', 'c:\\foo\\BAR\\baz'],
  ['c:\\foo', 'd:\\foo'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['c:\\a', 'c:\\a'],
  ['c:\\a\\', 'C:\\A'],
  ['c:\\', 'c:\\x\\y'],
  ['c:\\x\\y', 'c:\\'],
];
for (const [a, b] of cases) console.log(JSON.stringify([a, b]), '->', JSON.stringify(win32.relative(a, b)));
