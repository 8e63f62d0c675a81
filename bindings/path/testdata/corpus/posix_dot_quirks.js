// POSIX paths where dots and separators meet: what Node keeps and what it
// drops, element by element.
const path = require('path').posix;
const inputs = ['/..', '/.', '//', '///a', '..', '../', 'a/..', 'a/../..', './..', '...', '.../x',
  '/a/b/../../..', 'a//b/./c/', '.hidden', '/.hidden.', 'x..', '..x', '/a/.', 'a/./', '.'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify([path.normalize(p), path.dirname(p), path.basename(p), path.extname(p), path.parse(p)]));
}
console.log(path.relative('/a/b', '/a/bc'), path.relative('/a/bc', '/a/b'), path.relative('/', '/x'), path.relative('/x/y', '/'));
console.log(path.basename('/aaa/bbb', 'bbb'), path.basename('/aaa/b', 'a/b'), path.basename('file.js.js', '.js'), path.basename('/x/', 'x'));
