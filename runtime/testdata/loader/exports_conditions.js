// "exports" conditions under require(): nested condition objects, arrays
// of fallbacks, conditions node does not set, module-sync.
const { show } = require('./_show.js');
for (const id of ['exp-cond', 'exp-cond/feature', 'exp-cond/package.json', 'exp-cond/browser', 'msync', 'dual', '@scope/tools', '@scope/tools/sub/x', '@scope/tools/sub/nope', '@scope/tools/lib/x.js']) {
  show(id, () => { const v = require(id); return typeof v === 'object' ? v.name || v.format : v; });
}
show('resolve exp-cond', () => require.resolve('exp-cond'));
show('resolve exp-cond/feature', () => require.resolve('exp-cond/feature'));
