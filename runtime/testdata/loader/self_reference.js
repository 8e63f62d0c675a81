// A package requiring itself by its own name goes through its "exports".
const { show } = require('./_show.js');
for (const id of ['loader-fixture', 'loader-fixture/util', 'loader-fixture/lib/util.js', 'loader-fixture/hidden/x', 'loader-fixture/nope', 'loader-fixture/lib/missing.js']) {
  show(id, () => { const v = require(id); return typeof v === 'object' ? JSON.stringify(v) : v; });
}
show('resolve self', () => require.resolve('loader-fixture'));
