// path.win32.resolve with drive-relative paths, other drives, UNC roots and
// device namespaces, computed from a POSIX working directory.
const { win32 } = require('path');
const cases = [
  ['c:/blah\\blah', 'd:/games', 'c:../a'],
  ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['d:/ignore', 'd:some/dir//'],
  ['c:/', '//'],
  ['c:/', '//dir'],
  ['c:/', '//server/share'],
  ['c:/', '//server//share'],
  ['c:/', '///some//dir'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['\\\\.\\PHYSICALDRIVE0'],
  ['\\\\?\\PHYSICALDRIVE0'],
  ['\\\\?\\c:\\x', '..', 'y'],
  ['e:'],
  ['E:x'],
  ['//srv/sh/a', '../../..'],
  ['//srv/sh', 'd:rel'],
  ['x', 'C:'],
];
// Relative parts resolve against the working directory, shown as <cwd>.
const cwd = process.cwd().replace(/\//g, '\\');
for (const args of cases) {
  console.log(JSON.stringify(args), '->', JSON.stringify(win32.resolve(...args).split(cwd).join('<cwd>')));
}
