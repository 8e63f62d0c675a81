// Error.prepareStackTrace with Error.captureStackTrace, as depd, callsites
// and the like read frames: the CallSite objects' names and positions, and
// the usual string once prepareStackTrace is unset again.
const path = require('path');
function capture(fn) {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (target, sites) => sites;
  const o = {};
  Error.captureStackTrace(o, fn);
  const sites = o.stack;
  Error.prepareStackTrace = prep;
  return sites.filter((s) => !String(s.getFileName()).startsWith('node:'));
}
function describe(s) {
  return [path.basename(s.getFileName()), s.getLineNumber(), s.getColumnNumber(), s.getFunctionName(), s.getTypeName(),
    s.isEval(), s.isNative(), s.isConstructor(), s.getEvalOrigin()].join(' ');
}
function inner() { return capture(); }
function outer() { return inner(); }
const sites = outer();
console.log(Array.isArray(sites), sites.length, sites.map((s) => s.constructor.name).join());
for (const s of sites) console.log(describe(s));
console.log(String(sites[1]).replace(__dirname, '<dir>'));

// constructorOpt drops the frames above it.
function api() { return capture(api); }
console.log(api().map(describe).join('\n'));

// prepareStackTrace's result is the stack, whatever it is.
Error.prepareStackTrace = (target, sites) => `${target.name}: ${sites.length > 0}`;
const o = { name: 'Custom' };
Error.captureStackTrace(o);
console.log(o.stack, Object.getOwnPropertyDescriptor(o, 'stack').enumerable);
Error.prepareStackTrace = undefined;
const p = { message: 'plain' };
Error.captureStackTrace(p);
console.log(p.stack.split('\n')[0], p.stack.split('\n')[1].replace(__dirname, '<dir>'));

// As V8, the stack is made when first read: the header and
// prepareStackTrace are those of that time, and what prepareStackTrace
// throws comes out of the read.
const late = { message: 'first' };
Error.captureStackTrace(late);
late.message = 'changed';
console.log(late.stack.split('\n')[0]);
Error.prepareStackTrace = () => { throw new Error('from prepare'); };
const q = {};
Error.captureStackTrace(q);
console.log('captured');
try { q.stack; } catch (e) { console.log('read threw', e.message); }
Error.prepareStackTrace = () => 'prepared late';
console.log(q.stack);
Error.prepareStackTrace = undefined;
console.log(q.stack, Object.getOwnPropertyDescriptor(q, 'stack').value);
q.stack = 'assigned';
console.log(q.stack);
class MyError extends Error {
  constructor(m) {
    super(m);
    Error.captureStackTrace(this, MyError);
    this.name = 'MyError';
  }
}
console.log(new MyError('named after capture').stack.split('\n')[0]);
