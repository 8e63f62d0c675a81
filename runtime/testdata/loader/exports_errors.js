// Every invalid "exports" target and configuration, under require().
const { show } = require('./_show.js');
for (const sub of ['', '/no-dot', '/escape', '/nm', '/null', '/missing', '/num', '/arr-empty', '/arr-bad', '/numkey', '/dir', '/obj-none', '/index', '/nothing']) {
  show('exp-errors' + sub, () => require('exp-errors' + sub));
}
show('exp-mixed', () => require('exp-mixed'));
show('exp-mixed/a.js', () => require('exp-mixed/a.js'));
show('resolve exp-errors/null', () => require.resolve('exp-errors/null'));
