// stderr: report
// A thrown value that is no error object: node sets its report off by a
// blank line before it, shows an object as util.inspect does, and a
// primitive as its string with the --trace-uncaught hint.
// args: object
const kind = process.argv[2];
function fail() {
  if (kind === 'object') throw { toString() { throw this; }, code: 42 };
}
fail();
