// The frames Error.captureStackTrace writes: names and columns as node's,
// node's own frames left out.
function where() {
  const o = {};
  Error.captureStackTrace(o, where);
  return o.stack.split('\n').filter((l) => !l.includes('node:')).join('\n');
}
function caller() { return where(); }
console.log(caller());
