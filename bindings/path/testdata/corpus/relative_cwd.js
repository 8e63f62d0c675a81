const path = require('path');
const cwd = process.cwd();
const rel = (p) => path.relative(cwd, p) || '.';
console.log(rel(path.resolve('a/b', '../c')), rel(path.resolve()), rel(path.resolve('')), rel(path.join(cwd, 'x', '..', 'y')));
console.log(path.isAbsolute(path.resolve('q')), path.resolve('q').startsWith(cwd), path.relative('', ''), path.relative('.', 'sub/dir'));
console.log(path.dirname(__filename) === __dirname, path.basename(__filename), path.extname(__filename), path.parse(__filename).name);
console.log(path.relative(__dirname, __filename), path.format(path.parse('/x/y.z')), path.normalize(`${cwd}/./a/../b`) === path.join(cwd, 'b'));
const p = require('node:path/posix'); const w = require('path/win32');
console.log(p === path.posix, w === path.win32, require('node:path') === path);
