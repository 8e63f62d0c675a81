// An uncaught assertion failure ends the process with exit code 1.
const assert = require('assert');
console.log('before');
process.on('exit', (code) => console.log('exit code', code));
assert.strictEqual(1 + 1, 3);
console.log('not reached');
