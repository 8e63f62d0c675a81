// Error.prepareStackTrace with Error.captureStackTrace: the hook gets the
// object and its frames as CallSite objects (depd, which express loads,
// finds its caller this way), and the stack is what the hook returns.
function getSites() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (obj, stack) => stack;
  const o = {};
  Error.captureStackTrace(o, getSites);
  const s = o.stack;
  Error.prepareStackTrace = prep;
  return s;
}
function outer() { return getSites(); }
const sites = outer();
const s = sites[0];
console.log(Array.isArray(sites), sites.length > 0, typeof s);
console.log(s.getFileName() === __filename, s.getLineNumber(), s.getFunctionName(), s.getMethodName(), s.getTypeName());
console.log(s.isNative(), s.isToplevel(), s.isEval(), s.isConstructor(), s.isAsync(), s.isPromiseAll(), s.getPromiseIndex(), s.getEvalOrigin());
console.log(String(s).startsWith('outer (' + __filename + ':13:'));
console.log(Object.prototype.toString.call(s), Object.getOwnPropertyNames(Object.getPrototypeOf(s)).sort().join(','));
console.log(sites[1].getFunctionName(), sites[1].getLineNumber(), sites[1].getFileName() === __filename);

Error.prepareStackTrace = (err, stack) => `${err.name}|${err.message}|${stack.length > 0}`;
const e = { name: 'N', message: 'M' };
Error.captureStackTrace(e);
console.log(e.stack);
Error.stackTraceLimit = 1;
Error.prepareStackTrace = (err, stack) => stack.length;
const one = {};
Error.captureStackTrace(one);
console.log('limited to', one.stack);
Error.stackTraceLimit = 10;
delete Error.prepareStackTrace;
const f = {};
Error.captureStackTrace(f);
console.log(f.stack.split('\n')[0]);
