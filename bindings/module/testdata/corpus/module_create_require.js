// createRequire from a path, a file URL string and a URL object resolves
// relative to that file and shares the require cache.
const { createRequire } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const fixtures = path.join(__dirname, '_fixtures');
const r1 = createRequire(path.join(fixtures, 'sub', 'x.js'));
console.log(r1('./helper'));
const r2 = createRequire(pathToFileURL(path.join(fixtures, 'index.js')).href);
console.log(r2('./sub/helper') === r1('./helper'));
console.log(r2('./data.json'));
const r3 = createRequire(pathToFileURL(path.join(fixtures, 'y.js')));
console.log(r3('dep').name, r3('dep') === r2('dep'));
console.log(path.relative(__dirname, r3.resolve('dep')));
console.log(r3.cache === require.cache, typeof r3.resolve.paths);
const r4 = createRequire(fixtures + '/');
console.log(r4('./sub/helper').from);
console.log(r4('fs') === require('fs'), r4('node:path') === path);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); } };
t(() => createRequire(5));
t(() => createRequire('relative/x.js'));
t(() => createRequire('http://x/y'));
t(() => createRequire());
t(() => r1('./nope'));
try { r4('./bad.json'); } catch (e) { console.log(e.name, e.message.startsWith(path.join(fixtures, 'bad.json') + ': ')); }
