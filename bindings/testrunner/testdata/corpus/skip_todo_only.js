// stdout: tap
// skip, todo and only: options, the .skip/.todo/.only forms, t.skip and
// t.todo; a failing todo test does not fail the run.
const { test, describe, it } = require('node:test');
test('skip option', { skip: true }, () => { throw new Error('not run'); });
test('skip message', { skip: 'not today' }, () => {});
test.skip('skip form', () => { throw new Error('not run'); });
test('todo option', { todo: true }, () => {});
test('todo message fails', { todo: 'later' }, () => { throw new Error('todo fails'); });
test.todo('todo form without fn');
test('t.skip', (t) => { t.skip('skipped inside'); });
test('t.todo', (t) => { t.todo(); });
test.only('only form', () => {});
describe.skip('skipped suite', () => {
  it('inside skipped', () => { throw new Error('not run'); });
});
describe('suite with skips', () => {
  it.skip('it skip', () => {});
  it.todo('it todo');
  it('it skip option', { skip: 'why' }, () => {});
  it.only('it only', () => {});
});
test('skip false runs', { skip: false, todo: false }, () => { console.log('ran'); });
