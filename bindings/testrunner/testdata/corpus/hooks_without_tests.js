// stdout: tap
// A file with hooks and no tests runs them around an empty report.
const { test, before, after, describe, it } = require('node:test');
before(() => console.log('before only'));
after(() => console.log('after only'));
