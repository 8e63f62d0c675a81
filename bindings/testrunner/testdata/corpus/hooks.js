// stdout: tap
// The order hooks run in: file-level, suite-level and t. hooks, and a
// failing beforeEach.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
before(() => console.log('root before'));
after(() => console.log('root after'));
beforeEach((t) => console.log('root beforeEach', t.name));
afterEach((t) => console.log('root afterEach', t.name));
describe('S', () => {
  before(() => console.log('S before'));
  after(() => console.log('S after'));
  beforeEach((t) => console.log('S beforeEach', t.name));
  afterEach((t) => console.log('S afterEach 1', t.name));
  afterEach((t) => console.log('S afterEach 2', t.name));
  it('s1', () => console.log('s1'));
  describe('inner', () => {
    beforeEach(() => console.log('inner beforeEach'));
    it('i1', () => console.log('i1'));
  });
  it('s2', async () => { await null; console.log('s2'); });
});
test('T', async (t) => {
  t.beforeEach((c) => console.log('T beforeEach', c.name));
  t.afterEach((c) => console.log('T afterEach', c.name));
  t.after(() => console.log('T after'));
  await t.test('t1', () => console.log('t1'));
  await t.test('t2', () => console.log('t2'));
});
describe('bad hook', () => {
  beforeEach(() => { throw new Error('hook boom'); });
  it('x', () => console.log('x never runs'));
});
describe('callback hook', () => {
  before((s, done) => { setTimeout(() => { console.log('callback before'); done(); }, 1); });
  it('y', () => console.log('y'));
});
describe('throws while declaring', () => { throw new Error('suite boom'); });
