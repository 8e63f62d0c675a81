// stderr: report frames
// The caret of an uncaught exception's report points at the throw
// statement, not at where its operand begins.
function check(v) {
  if (!v) throw new TypeError('bad value');
}
console.log('start');
check(0);
