// require() of JSON files: parsed once and cached, a BOM skipped, and
// node's SyntaxError naming the file for bad JSON.
const { show } = require('./_show.js');
show('good', () => JSON.stringify(require('./_lib/good.json')));
show('cached', () => require('./_lib/good.json') === require('./_lib/good')); 
show('bom', () => JSON.stringify(require('./_lib/bom.json')));
show('bad', () => require('./_lib/bad.json'));
show('empty', () => require('./_lib/empty.json'));
show('bad_long', () => require('./_lib/bad_long.json'));
show('bad again', () => require('./_lib/bad.json'));
show('in cache', () => Object.keys(require.cache).filter((k) => k.endsWith('.json')).map((k) => k.slice(__dirname.length)).join(','));
