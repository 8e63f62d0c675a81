const strict = require('assert/strict');
const assert = require('node:assert');
const { AssertionError } = assert;
console.log(strict === assert.strict, strict.strict === strict, typeof strict.AssertionError, strict.equal === strict.strictEqual);
const e = new AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' });
console.log(e.name, e.code, e.generatedMessage, e.operator, e.actual, e.expected, e instanceof Error, String(e).split('\n')[0]);
console.log(Object.keys(e), JSON.stringify(e.message));
const m = new AssertionError({ message: 'explicit', actual: 'a'.repeat(200), expected: 1, operator: 'x' });
console.log(m.message, m.generatedMessage, m.actual.length);
try { new AssertionError(); } catch (err) { console.log(err.code, err.message); }
try { new AssertionError('str'); } catch (err) { console.log(err.code, err.message); }
for (const f of [() => strict.equal(1, '1'), () => strict.notEqual(1, 1), () => strict.deepEqual([1], ['1']), () => strict.notDeepEqual({}, {}), () => strict(false, 'strict ok'), () => strict.ok(0)]) {
  try { f(); console.log('passed'); } catch (err) { console.log(err.operator, JSON.stringify(err.message)); }
}
try { assert.equal(NaN, NaN); assert.notEqual(NaN, 1); assert.deepEqual(new Set([1]), new Set(['1'])); console.log('loose passes'); } catch (err) { console.log(err.message); }
try { assert.deepEqual(new Date(0), new Date(1), 'dates differ'); } catch (err) { console.log(err.message, err.generatedMessage); }
try { assert.fail(1, 2, undefined, '>'); } catch (err) { console.log(err.message, err.operator); }
try { assert.fail(1, 2); } catch (err) { console.log(err.message, err.operator); }
const tracker = new assert.CallTracker();
const fn = tracker.calls(function tracked() {}, 2); fn();
console.log(tracker.report().map((r) => r.message));
try { tracker.verify(); } catch (err) { console.log(err.code, err.message); }
