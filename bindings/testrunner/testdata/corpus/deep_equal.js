// stdout: tap
// Assertion failures: expected and actual as YAML, operators, objects.
const { test } = require('node:test');
const assert = require('node:assert');
test('objects', () => { assert.deepStrictEqual({ a: 1, b: [1, 2], s: 'x' }, { a: 2, b: [1], s: 'y' }); });
test('strings', () => { assert.strictEqual('left', 'right'); });
test('ok', () => { assert.ok(0); });
test('custom message', () => { assert.equal(1, 2, 'custom says no'); });
test('nested assertion in subtest', async (t) => {
  await t.test('inner', () => { assert.notStrictEqual(1, 1); });
});
