// stdout: tap
// mock.fn, mock.method, mock.getter/setter, call records, implementations,
// times, restore and reset, and t.mock restored after its test.
const { test, mock } = require('node:test');
const assert = require('node:assert');

test('mock.fn', () => {
  const f = mock.fn((a, b) => a + b);
  assert.strictEqual(f(1, 2), 3);
  f.call('self', 3, 4);
  assert.strictEqual(f.mock.callCount(), 2);
  const calls = f.mock.calls;
  console.log(calls.map((c) => [c.arguments, c.result, c.this, c.error, c.target, c.stack instanceof Error]));
  console.log(Object.keys(calls[0]));
  f.mock.resetCalls();
  assert.strictEqual(f.mock.callCount(), 0);
  const empty = mock.fn();
  console.log(empty(1), empty.mock.calls[0].arguments);
});

test('implementations', () => {
  const f = mock.fn(() => 'orig', () => 'impl', { times: 2 });
  console.log(f(), f(), f());
  const g = mock.fn(() => 'base');
  g.mock.mockImplementationOnce(() => 'once');
  g.mock.mockImplementationOnce(() => 'third', 2);
  console.log(g(), g(), g(), g());
  g.mock.mockImplementation(() => 'new');
  console.log(g());
  const thrower = mock.fn(() => { throw new Error('bad'); });
  assert.throws(() => thrower());
  console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);
  class K { constructor(v) { this.v = v; } }
  const C = mock.fn(K);
  const k = new C(5);
  console.log(k.v, C.mock.calls[0].target === C, C.mock.calls[0].this === k);
});

test('mock.method and restore', (t) => {
  const obj = { n: 1, add(x) { return this.n + x; } };
  const spy = t.mock.method(obj, 'add');
  console.log(obj.add(2), spy.mock.calls[0].this === obj);
  const stub = mock.method(obj, 'add', () => 100);
  console.log(obj.add(2));
  stub.mock.restore();
  console.log(obj.add(3));
  mock.restoreAll();
});

test('t.mock is restored after the test', (t) => {
  const o = { f() { return 'real'; } };
  globalThis.__o = o;
  t.mock.method(o, 'f', () => 'fake');
  console.log(o.f());
});

test('after the previous test', () => { console.log(globalThis.__o.f()); });

test('getter and setter', () => {
  let stored = 0;
  const o = { get v() { return 1; }, set v(x) { stored = x; } };
  const g = mock.getter(o, 'v', () => 2);
  console.log(o.v, g.mock.callCount());
  const s = mock.setter(o, 'v', function (x) { stored = x * 10; });
  o.v = 3;
  console.log(stored, s.mock.calls[0].arguments);
  mock.reset();
  console.log(o.v);
  o.v = 4;
  console.log(stored);
});

test('bad arguments', () => {
  for (const f of [() => mock.fn(1), () => mock.method({}, 'missing'), () => mock.method(null, 'x'),
    () => mock.fn(() => {}, { times: 0 })]) {
    try { f(); } catch (e) { console.log(e.code, e.message); }
  }
});
