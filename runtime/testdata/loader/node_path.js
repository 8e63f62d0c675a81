// env: NODE_PATH=_lib/global:/nonexistent
// NODE_PATH folders, then $HOME/.node_modules and $HOME/.node_libraries, are
// searched after node_modules; module.paths lists only the latter.
const { show, rel } = require('./_show.js');
const path = require('path');
show('gmod', () => require('gmod'));
show('resolve', () => require.resolve('gmod'));
show('missing', () => require('not-anywhere'));
const paths = require.resolve.paths('x');
const home = process.env.HOME;
console.log(paths.includes(path.join(__dirname, '_lib/global')), paths.includes('/nonexistent'));
console.log(paths.includes(path.join(home, '.node_modules')), paths.includes(path.join(home, '.node_libraries')));
console.log(module.paths.includes(path.join(home, '.node_modules')), paths.length - module.paths.length);
