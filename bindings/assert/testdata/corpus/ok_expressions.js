const assert = require('assert');
const t = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); } };
const value = 0;
const obj = { flag: false, list: [] };
t(() => assert(value));
t(() => assert.ok(obj.flag));
t(() => assert.ok(obj.list.length > 0));
t(() => assert(typeof obj === 'string'));
t(() => assert.ok(null, undefined));
t(() => assert.ok(''));
t(() => assert.strict.ok(false));
t(() => assert.equal(value, 1));
function check(x) { assert(x === 'yes'); }
t(() => check('no'));
