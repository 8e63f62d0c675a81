// stdout: tap
// A run whose tests all pass exits 0; node:test is scheme-only, so
// require('test') looks for a package. (run(), which runs files in child
// processes as --test does, is not provided.)
const { test } = require('node:test');
try { require('test'); } catch (e) { console.log(e.code); }
console.log(require('node:test') === test, Object.keys(require('node:test')).filter((k) => k !== 'run').join(','));
test('one', () => {});
test('two', async () => {});
