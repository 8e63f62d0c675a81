// stdout: tap
// Tests without a function or returning values, a throw that cancels a
// started subtest, nested only, diagnostics of subtests, names TAP
// escapes, thrown non-errors, causes, and multi-line assertion operands.
const { test, describe, it } = require('node:test');
test('no fn');
test('returns value', () => 42);
test('sync throw after subtest', (t) => { t.test('s', () => {}); throw new Error('x'); });
describe('nested only', () => { describe.only('o', () => { it.only('p', () => {}); }); });
test('diag nested', async (t) => { await t.test('c', (c) => { c.diagnostic('deep diag'); }); t.diagnostic('outer'); });
test('weird names', async (t) => { await t.test('multi\nline', () => {}); await t.test('# hash', () => {}); await t.test('back\\slash', () => {}); });
test('non-error throw object', () => { throw { message: 'obj', code: 'X' }; });
test('null throw', () => { throw null; });
test('error with cause', () => { throw new Error('outer', { cause: new Error('inner') }); });
test('assert.deepEqual arrays', () => { require('assert').deepStrictEqual([1, 2, 3], [1, 2, 4]); });
test('strings multi-line expected', () => { require('assert').strictEqual('a\nb', 'a\nc'); });
