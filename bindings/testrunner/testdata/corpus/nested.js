// stdout: tap
// describe/it/suite nesting, subtests through t.test, fullName and name.
const { describe, it, suite, test } = require('node:test');

describe('outer', () => {
  it('first', (t) => { console.log('in', t.name, '|', t.fullName); });
  describe('inner', () => {
    it('deep', () => {});
    it('deep fails', () => { throw new Error('deep'); });
  });
  suite('a suite', (s) => {
    console.log('suite ctx', s.name);
    it('in suite', () => {});
  });
  it('last', () => {});
});

test('parent', async (t) => {
  await t.test('child 1', async (t) => {
    await t.test('grandchild', () => {});
  });
  await t.test('child 2', () => {});
  console.log('children done', t.name);
});

describe('async describe', async () => {
  await null;
  it('declared after await', () => {});
});

describe('empty', () => {});
