const path = require('path');
const t = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const cases = ['', '/', '//', '///a', 'a', 'a/', '/a/b/', 'a/b/../c', './a/./b', '../../a', '/..', '/../a', 'a//b', '.', '..', 'a/..', 'a/../..', '/a/b/c/../../d', '.hidden', 'file.txt', 'a/b.tar.gz', 'a/.b', 'a/b.', '/a/b/c.', '..a', 'a..', '.x.', '/foo/bar/baz/asdf/quux.html'];
for (const c of cases) {
  console.log(JSON.stringify(c), JSON.stringify([path.normalize(c), path.dirname(c), path.basename(c), path.extname(c), path.isAbsolute(c), path.parse(c)]));
}
t('basename ext', () => [path.basename('/a/b.html', '.html'), path.basename('/a/b.html', 'html'), path.basename('b.html', 'b.html'), path.basename('/a/b/', 'b'), path.basename('aaa', 'a'), path.basename('/x/.js', '.js')]);
t('join', () => [path.join('/a', 'b', '../c', './d'), path.join(''), path.join('', ''), path.join('a', ''), path.join('/', '/a'), path.join('a', '/b/', 'c/')]);
t('resolve', () => [path.resolve('/a/b', './c'), path.resolve('/a', '/b', 'c'), path.resolve('/a/b/', '..', '..', '..'), path.resolve('/x', ''), path.resolve('/foo/bar', './baz/')]);
t('resolve rel', () => path.resolve('x') === process.cwd() + '/x' && path.resolve() === process.cwd());
t('relative', () => [path.relative('/data/a/b', '/data/c/d'), path.relative('/a', '/a'), path.relative('/a/b', '/a'), path.relative('/a', '/a/b/c'), path.relative('/', '/a'), path.relative('/a/bc', '/a/b'), path.relative('/a/b', '/a/bc')]);
t('format', () => [path.format({ dir: '/a', base: 'b.txt' }), path.format({ root: '/', name: 'x', ext: '.y' }), path.format({ root: '/', dir: '/', base: 'f' }), path.format({ name: 'n', ext: 'e' }), path.format({ dir: 'd', name: 'n', ext: '.e', base: '' }), path.format({})]);
t('consts', () => [path.sep, path.delimiter, path.posix === path, path.posix.sep, path.win32.sep, path.win32.delimiter, typeof path.win32.join, path.toNamespacedPath('/a/b'), path.toNamespacedPath(5)]);
t('join err', () => path.join('a', 5));
t('resolve err', () => path.resolve(null));
t('basename err', () => path.basename(1));
t('basename ext err', () => path.basename('a', 1));
t('format err', () => path.format(null));
t('relative err', () => path.relative('a'));
t('parse err', () => path.parse());
t('extname err', () => path.extname({}));
t('win32', () => [path.win32.join('a', 'b', '..', 'c'), path.win32.basename('C:\\x\\y.txt'), path.win32.dirname('C:\\x\\y.txt'), path.win32.isAbsolute('C:\\x'), path.win32.isAbsolute('x/y'), path.win32.extname('a\\b.c'), path.win32.normalize('C:/a//b/../c'), path.win32.normalize('a/b')]);
t('win32 more', () => [path.win32.resolve('C:\\a', 'b'), path.win32.parse('C:\\p\\f.txt'), path.win32.relative('C:\\a\\b', 'C:\\a\\c'), path.win32.format({ dir: 'C:\\x', base: 'y' }), path.win32.toNamespacedPath('C:\\a')]);
console.log(Object.keys(path).sort().join(','));
