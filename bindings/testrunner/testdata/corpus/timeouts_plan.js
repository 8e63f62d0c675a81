// stdout: tap
// Timeouts, t.plan, subtests cancelled when their parent ends, and
// concurrency.
const { test, describe, it } = require('node:test');
test('times out', { timeout: 10 }, async () => { await new Promise((r) => setTimeout(r, 200)); });
test('plan met', (t) => { t.plan(2); t.assert.ok(true); t.assert.strictEqual(1, 1); });
test('plan missed', (t) => { t.plan(2); t.assert.ok(true); });
test('unawaited subtests', (t) => {
  t.test('sub 1', () => {});
  t.test('sub 2', () => {});
});
test('concurrent', { concurrency: 2 }, async (t) => {
  const order = [];
  const a = t.test('slow', async () => { order.push('slow start'); await new Promise((r) => setTimeout(r, 20)); order.push('slow end'); });
  const b = t.test('fast', async () => { order.push('fast start'); order.push('fast end'); });
  await Promise.all([a, b]);
  console.log(order.join(', '));
});
test('serial', async (t) => {
  const order = [];
  const a = t.test('slow', async () => { order.push('slow start'); await new Promise((r) => setTimeout(r, 20)); order.push('slow end'); });
  const b = t.test('fast', async () => { order.push('fast start'); order.push('fast end'); });
  await Promise.all([a, b]);
  console.log(order.join(', '));
});
test('signal', async (t) => {
  console.log('aborted during', t.signal.aborted);
  globalThis.sig = t.signal;
});
test('signal after', () => { console.log('aborted after', globalThis.sig.aborted); });
describe('suite timeout', { timeout: 10 }, () => {
  it('slow in suite', async () => { await new Promise((r) => setTimeout(r, 200)); });
});
test('plan counts subtests', async (t) => {
  t.plan(2);
  t.assert.ok(true);
  await t.test('sub', () => {});
});
test('plan of zero', (t) => {
  t.plan(0);
  for (const v of [-1, 1.5, '2']) {
    try { t.plan(v); } catch (e) { console.log(e.code, e.failureType); }
  }
});
test('plan validation', (t) => {
  for (const v of [-1, 1.5, '2', 2 ** 32]) {
    try { t.plan(v); } catch (e) { console.log(e.code, e.message); }
  }
});
