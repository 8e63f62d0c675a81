// extname, basename and dirname with drive letters, which are never part
// of the last element.
const { win32 } = require('path');
const inputs = ['C:', 'C:.', 'C:..', 'C:..\\', 'C:.x', 'C:x.y', 'c:\\.x', 'c:foo.', 'c:\\a\\b.c\\',
  '\\\\s\\h', '\\\\s\\h\\', '\\\\s\\h\\f.x', '//s/h/d/f', 'c:\\', 'c:\\\\', 'a/b\\c.d', '\\', 'x\\'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify([win32.extname(p), win32.basename(p), win32.basename(p, '.x'), win32.dirname(p)]));
}
console.log(win32.basename('aaa\\bbb', 'bbb'), win32.basename('C:file.js', '.js'), win32.basename('x.js', 'x.js'), win32.basename('a\\b.js\\\\', 'b.js'));
