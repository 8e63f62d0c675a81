// path.win32.normalize and join on device namespaces, UNC roots and the
// names Windows reserves for devices.
const { win32 } = require('path');
const inputs = [
  '\\\\.\\foo', '\\\\.\\foo\\', '\\\\?\\foo\\..\\bar', '//./pipe/x', '\\\\server\\share',
  '\\\\server\\share\\', '//server//share//dir/..', '\\\\server', '\\\\\\x', 'c:..\\..\\x',
  'CON', 'con:', 'CON:', 'con:a', 'con:\\a\\..\\b', 'NUL:.', 'COM1:x', 'lpt9:', 'CONa', 'cona',
  'conab', 'AUX1', 'CON.txt', 'a\\con:', 'a\\con:b', 'c:con:', '\\con:', 'x:y:z', 'a:b', 'a:b:',
  'file:stream', 'file:\\stream', '.\\c:', 'c::',
];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(win32.normalize(p)), JSON.stringify(win32.join(p, 'z')), JSON.stringify(win32.join('z', p)));
}
