// stdout: tap
// Passing and failing tests: sync, async, callback, thrown non-errors,
// names TAP escapes, diagnostics; a failure makes the exit code 1.
const test = require('node:test');
const assert = require('node:assert');

test('sync pass', () => {});
test('sync fail', () => { assert.strictEqual(1, 2); });
test('async pass', async () => { await new Promise((r) => setTimeout(r, 2)); });
test('async reject', async () => { throw new TypeError('boom'); });
test('callback pass', (t, done) => { setTimeout(done, 1); });
test('callback error', (t, done) => { setTimeout(() => done(new RangeError('late')), 1); });
test('throws a string', () => { throw 'plain'; });
test('name with # and \\ escapes\tand tab', (t) => { t.diagnostic('note # one'); t.diagnostic('two'); });
test(function namedFunction() {});
test('returns a promise', () => Promise.resolve(42));
test('rejects with undefined', () => Promise.reject(undefined));
test('multi-line message', () => { throw new Error('line one\nline two'); });
test('error with extra fields', () => {
  const e = new Error('coded');
  e.code = 'E_CUSTOM';
  e.extra = 1;
  throw e;
});
test('callback and promise', async (t, done) => { done(); });
console.log('declared', typeof test.it, typeof test.describe);
