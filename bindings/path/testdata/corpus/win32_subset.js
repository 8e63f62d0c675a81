const { win32 } = require('path');
const paths = ['C:\\', 'C:', 'C:\\a\\b\\', 'C:/a/b.txt', 'a\\b\\..\\c', '\\\\server\\share\\dir\\f.md', '\\\\server\\share', '\\root\\x', 'rel/x.y.z', 'C:\\..\\..', 'c:x\\y'];
for (const p of paths) {
  console.log(JSON.stringify(p), JSON.stringify([win32.normalize(p), win32.isAbsolute(p), win32.basename(p), win32.dirname(p), win32.extname(p)]));
}
console.log(win32.join('C:\\a', '..', 'b', 'c.txt'), win32.join('\\\\srv\\sh', 'x'), win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
console.log(win32.resolve('C:\\a', '..\\b', 'c'), win32.resolve('D:\\x', 'C:\\y'), win32.format({ root: 'C:\\', name: 'f', ext: 'txt' }));
console.log(win32.parse('C:\\path\\dir\\file.txt'), win32.parse('\\\\srv\\share\\f'));
console.log(win32.basename('C:\\foo.HTML', '.html'), win32.basename('C:\\foo.html', '.html'), win32.sep, win32.delimiter, win32.win32 === win32);
