// jsproc loads no native addons: require() of a .node file fails the way
// node's does for a file that is not a loadable addon.
const { show } = require('./_show.js');
show('addon', () => require('addon'));
show('short', () => require('addon/build/short.node'));
show('by extension', () => require('addon/build/short'));
show('resolve', () => require.resolve('addon/build/binding'));
show('cached?', () => Object.keys(require.cache).some((k) => k.endsWith('.node')));
