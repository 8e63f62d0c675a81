// stdout: tap
// The signal option: a test whose signal aborts is cancelled with the
// signal's reason; one aborted before it starts never runs. t.assert
// lists node's assertions.
const { test } = require('node:test');
test('t.assert', (t) => { console.log(Object.keys(t.assert).join()); });
const ac = new AbortController();
test('aborted while running', { signal: ac.signal }, async (t) => {
  setTimeout(() => ac.abort(), 5);
  await new Promise((r) => setTimeout(r, 50));
  console.log('body resumes; t.signal aborted:', t.signal.aborted);
});
const pre = new AbortController();
pre.abort();
test('aborted before it starts', { signal: pre.signal }, () => { console.log('never runs'); });
const custom = new AbortController();
test('custom reason', { signal: custom.signal }, async () => {
  custom.abort(new Error('stop now'));
  await new Promise((r) => setTimeout(r, 10));
});
test('bad signal', () => {
  try { test('x', { signal: {} }); } catch (e) { console.log(e.code); }
});
