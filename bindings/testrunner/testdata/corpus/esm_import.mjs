// stdout: tap
// node:test from an ES module: named and default imports.
import test, { describe, it, mock } from 'node:test';
import assert from 'node:assert';
describe('esm', () => {
  it('works', () => { assert.strictEqual(typeof mock.fn, 'function'); });
});
await test('top-level await of a test', async () => {});
console.log('after awaited test');
test('last', () => { throw new Error('esm fail'); });
