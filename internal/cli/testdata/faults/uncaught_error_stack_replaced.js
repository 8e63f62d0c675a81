// stderr: report
// An error whose stack was replaced is reported as util.inspect shows it,
// with its own properties, and the caret at the throw.
function fail() {
  throw (() => { const e = new Error('x'); e.stack = 'Error: x'; e.code = 'E_CODE'; return e; })();
}
fail();
