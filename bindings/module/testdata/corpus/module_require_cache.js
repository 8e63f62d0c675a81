// createRequire shares require.cache: deleting an entry reloads it.
const { createRequire } = require('module');
const path = require('path');
const file = path.join(__dirname, '_fixtures', 'node_modules', 'dep', 'index.js');
const r = createRequire(path.join(__dirname, '_fixtures', 'x.js'));
const a = r('dep');
console.log(require.cache[file].exports === a, require(file) === a);
delete require.cache[file];
const b = r('dep');
console.log(a === b, require.cache[file].exports === b, b.loads);
console.log(require.resolve.paths('dep').length > 0, require.resolve.paths('fs'));
const m = require.cache[file];
console.log(typeof m.id, m.loaded, path.basename(m.filename), Array.isArray(m.paths));
