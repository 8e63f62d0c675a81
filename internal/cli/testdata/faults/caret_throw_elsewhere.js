// stderr: report
// pending: goja gives a thrown error object the stack of the place it was made, so the report cannot name the throw statement when that is elsewhere
// An error made in one function and thrown in another: node's report names
// the throw statement.
function make() {
  return new Error('made here');
}
const e = make();
console.log('before');
throw e;
