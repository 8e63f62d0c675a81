// stderr: report
// An uncaught syntax error from vm names the file, the line and the token.
const vm = require('vm');
console.log('before');
new vm.Script('const ok = 1;\nlet x = a b;', { filename: 'config.js' });
