const a = require('./_lib/a');
console.log(a);
console.log(require('./_lib/b.cjs'), require('./_lib/data.json'), require('./_lib/data'));
console.log(require('./_lib/folder_main'), require('./_lib/folder_index'));
console.log(require.main === module, module.id, module.loaded, typeof module.exports);
console.log(__filename.slice(__dirname.length), module.children.length);
console.log(require('./_lib/a') === a, require('node:events') === require('events'));
console.log(typeof require('timers').setTimeout, Object.keys(require.cache).length > 0);
