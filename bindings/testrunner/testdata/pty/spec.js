// On a terminal node:test reports with the spec reporter: marks, colours,
// headings for suites and parents, failures inspected, and the failing
// tests again at the end.
const { test, describe, it, beforeEach } = require('node:test');
const assert = require('node:assert');
test('passes', (t) => { t.diagnostic('a note'); });
test('fails', () => { assert.strictEqual(1, 2); });
describe('suite', () => {
  it('a', () => {});
  it.skip('b', () => {});
  it('skip reason', { skip: 'not now' }, () => {});
  it.todo('c');
  it('todo reason', { todo: 'later' }, () => {});
  describe('inner', () => { it('d', () => { throw new Error('deep'); }); });
});
test('parent', async (t) => { await t.test('child', () => {}); });
describe('hooks fail', () => {
  beforeEach(() => { throw new TypeError('hook'); });
  it('e', () => {});
});
test('rejects a string', () => Promise.reject('plain'));
