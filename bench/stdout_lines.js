'use strict';
// stdout_lines: 300,000 process.stdout.write('line ' + i + '\n') calls (a pipe under
// bench/run.sh; redirect to a file for the other case), then this figure as the last line.
// With STDOUT_LINES_BUILT=1 the script first listens for 'error', which builds the
// stream as most scripts that care about EPIPE do. Stresses: the per-write cost of
// process.stdout.write, beside console.log's native path.
var BENCH = 'stdout_lines';
var N = 300000;

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
function r2(x) { return Math.round(x * 100) / 100; }

if (process.env.STDOUT_LINES_BUILT === '1') process.stdout.on('error', function () {});
var t0 = now();
for (var i = 0; i < N; i++) process.stdout.write('line ' + i + '\n');
var ms = now() - t0;
process.stdout.write(JSON.stringify({ bench: BENCH, n: N, ms: r2(ms), per_op_ns: r2(ms * 1e6 / N) }) + '\n');
