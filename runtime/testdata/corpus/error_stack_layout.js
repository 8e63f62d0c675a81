// err.stack of the errors a script makes, in V8's layout: "Name: message"
// made when the stack is first read, then one "    at" line per frame.
// Node's own module frames (the CommonJS loader's) are left out here.
const own = (stack) => stack.split('\n').filter((l) => !/\(node:|at node:/.test(l)).join('\n');

function make() { return new Error('boom'); }
console.log(own(make().stack));
console.log(own(TypeError('called without new').stack));
console.log(own(new RangeError('range').stack));

// The header is made when the stack is read, from name and message then.
const late = new Error('first');
late.message = 'second';
late.name = 'Renamed';
console.log(own(late.stack));

// Every native constructor, and what it shares with the engine's.
for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new C('m');
  console.log(C.name, C.length, String(C), own(e.stack).split('\n')[0], e instanceof C, e instanceof Error,
    Object.prototype.toString.call(e), Object.getPrototypeOf(C) === (C === Error ? Function.prototype : Error),
    C.prototype.constructor === C);
}
const agg = new AggregateError([new Error('a'), 'b'], 'several', { cause: 'why' });
console.log(own(agg.stack), agg.errors.length, agg.cause, AggregateError.length);

// The property: own, not enumerable, a writable data property once read.
const d = new Error('desc');
console.log(Object.getOwnPropertyNames(d), Object.keys(d), d.hasOwnProperty('stack'));
d.stack;
const desc = Object.getOwnPropertyDescriptor(d, 'stack');
console.log(typeof desc.value, desc.writable, desc.enumerable, desc.configurable);
const set = new Error('set');
set.stack = 'replaced';
console.log(set.stack, Object.getOwnPropertyDescriptor(set, 'stack'));
const child = Object.create(new Error('inherited'));
console.log(own(child.stack), Object.hasOwn(child, 'stack'));
child.stack = 'own now';
console.log(child.stack, Object.hasOwn(child, 'stack'), own(Object.getPrototypeOf(child).stack));

// Error.stackTraceLimit, read when the error is made.
function recurse(n) { return n === 0 ? new Error('deep') : recurse(n - 1); }
Error.stackTraceLimit = 0;
const zero = new Error('zero');
console.log(JSON.stringify(zero.stack));
Error.stackTraceLimit = 1;
console.log(own(recurse(5).stack));
Error.stackTraceLimit = 3;
const three = recurse(5);
Error.stackTraceLimit = 10;
console.log(own(three.stack));
Error.stackTraceLimit = Infinity;
console.log(own(recurse(12).stack));
Error.stackTraceLimit = -1;
console.log(JSON.stringify(new Error('negative').stack));
Error.stackTraceLimit = 'many';
const none = new Error('none');
console.log(none.stack, 'stack' in none);
Error.stackTraceLimit = 10;
console.log(['captureStackTrace', 'prepareStackTrace', 'stackTraceLimit'].map((k) => Object.hasOwn(Error, k)),
  Object.getOwnPropertyNames(TypeError).sort().join());
