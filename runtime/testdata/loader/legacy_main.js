// Packages without "exports": "main" without an extension, and a "main"
// that names no file.
const { show } = require('./_show.js');
show('legacy-main', () => require('legacy-main'));
show('legacy-main/lib/other', () => require('legacy-main/lib/other'));
show('legacy-badmain', () => require('legacy-badmain'));
show('resolve', () => require.resolve('legacy-main'));
