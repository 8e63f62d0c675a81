// assert.CallTracker: calls() validation, getCalls() records (frozen),
// reset() of one or all tracked functions, report() and verify().
'use strict';
const assert = require('assert');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

const tracker = new assert.CallTracker();
new assert.CallTracker(); // the deprecation is reported once

for (const bad of ['1', 0, 0.5, -1, 2 ** 32, true, null]) {
  try {
    tracker.calls(() => {}, bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const notTracked of [() => {}, undefined, {}]) {
  try {
    tracker.getCalls(notTracked);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

function foo(a, b) { return a + b; }
const f = tracker.calls(foo, 2);
const g = tracker.calls(3);
const h = tracker.calls();
console.log(typeof f, f.name, f.length, f !== foo, typeof g, g.name, h.name);
console.log(f.call('self', 1, 2), f(3, 4));
const calls = tracker.getCalls(f);
console.log(calls, Object.isFrozen(calls), Object.isFrozen(calls[0]), Object.isFrozen(calls[0].arguments));
console.log(calls !== tracker.getCalls(f));
try { calls.push(1); } catch (e) { console.log(e.name); }
g();
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]));
try {
  tracker.verify();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
tracker.reset(f);
console.log(tracker.getCalls(f), Object.isFrozen(tracker.getCalls(f)));
tracker.reset();
console.log(tracker.getCalls(g).length, tracker.report().length);
try { tracker.reset(foo); } catch (e) { console.log(e.code); }
f(); f(); g(); g(); g(); h();
tracker.verify();
console.log('verified');

const one = new assert.CallTracker();
one.calls(function lonely() {});
try {
  one.verify();
} catch (e) {
  console.log(e.message);
}

process.on('exit', () => {
  try {
    tracker.calls(foo);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
