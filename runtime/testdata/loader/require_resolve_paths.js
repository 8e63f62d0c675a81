// require.resolve with options.paths, require.resolve.paths and module.paths.
const path = require('path');
const { show, rel } = require('./_show.js');
show('relative in paths', () => require.resolve('./util.js', { paths: [path.join(__dirname, '_lib')] }));
show('bare from paths', () => require.resolve('exp-sugar', { paths: [path.join(__dirname, '_lib')] }));
show('relative path entry', () => require.resolve('./_lib/util.js', { paths: ['.'] }));
show('not in paths', () => require.resolve('./self.cjs', { paths: ['/'] }));
show('empty paths', () => require.resolve('exp-sugar', { paths: [] }));
show('#import with paths', () => require.resolve('#util', { paths: ['/'] }));
show('self with paths', () => require.resolve('loader-fixture/util', { paths: ['/'] }));
show('bad paths', () => require.resolve('exp-sugar', { paths: 'nope' }));
show('builtin', () => require.resolve('fs', { paths: ['/'] }));
const up = (list) => list.map(rel).map((p) => p.startsWith('/') ? (p === '/node_modules' ? p : '<above>') : p);
console.log(up(require.resolve.paths('exp-sugar')).slice(0, 2));
console.log(require.resolve.paths('./x').map(rel), require.resolve.paths('fs'));
console.log(up(module.paths).slice(0, 2), module.paths[module.paths.length - 1]);
console.log(require('./_lib/paths_of.js').slice(0, 2).map(rel));
