// stderr: report frames
// Frames of plain, method-less calls, on the first line and below, with
// spaces before the parenthesis and a parenthesised callee.
function inner(v) { if (v > 1) throw new RangeError('too deep: ' + v); return inner (v + 1); }
function outer() {
  return (inner)(0);
}
console.log('start');
outer();
