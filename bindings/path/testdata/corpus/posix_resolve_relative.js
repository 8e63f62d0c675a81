// path.posix.resolve and relative around the root, trailing separators
// and names that share a prefix.
// Answers must not depend on where the corpus sits: run from the root.
process.chdir('/');
const path = require('path').posix;
const cwd = process.cwd();
const show = (s) => JSON.stringify(s.split(cwd).join('<cwd>'));
const resolves = [[], [''], ['/'], ['a/b', '../c'], ['/a', 'b/', './'], ['/a/b', '/'], ['a', '/b', 'c', '..'], ['///x//y/'], ['.', '..', '..', '..', '..']];
for (const args of resolves) console.log('resolve', JSON.stringify(args), show(path.resolve(...args)));
const rels = [['/a/b/c', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/', '/a'], ['/a', '/'],
  ['/a/b/', '/a/b'], ['a', 'b'], ['/x/./y/', '/x/z/../y'], ['/page1/page2/foo', '/']];
for (const [a, b] of rels) console.log('relative', JSON.stringify([a, b]), show(path.relative(a, b)));
