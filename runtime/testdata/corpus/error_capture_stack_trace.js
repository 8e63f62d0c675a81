// Custom error classes and libraries call V8's Error.captureStackTrace.
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    Error.captureStackTrace(this, MyError);
  }
}
function thrower() { throw new MyError('bad'); }
try {
  thrower();
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0], lines[1].trim().startsWith('at thrower'), e instanceof MyError, e instanceof Error);
}
function LegacyError(msg) {
  this.message = msg;
  this.name = 'LegacyError';
  Error.captureStackTrace(this, LegacyError);
}
LegacyError.prototype = Object.create(Error.prototype);
function makeLegacy() { return new LegacyError('old style'); }
const le = makeLegacy();
console.log(le.stack.split('\n')[0], le.stack.split('\n')[1].trim().startsWith('at makeLegacy'));
const o = { message: 'plain' };
Error.captureStackTrace(o);
console.log(o.stack.split('\n')[0], Object.keys(o), typeof Error.stackTraceLimit, Error.stackTraceLimit);
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name); }
