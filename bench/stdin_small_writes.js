'use strict';
// stdin_small_writes: spawn('wc', ['-c']) and write 1,000,000 one-byte strings into its
// stdin in one go, ignoring backpressure (every write queues), then end(); check wc's count.
// Stresses: the per-write cost of a child's stdin and the memory a long write queue holds.
var cp = require('child_process');

var BENCH = 'stdin_small_writes';
var N = 1000000;

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
function r2(x) { return Math.round(x * 100) / 100; }
function fail(err) {
  console.log(JSON.stringify({ bench: BENCH, error: String(err && err.message ? err.message : err) }));
  process.exit(1);
}

var t0 = now();
var child = cp.spawn('wc', ['-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
var out = '';
child.on('error', fail);
child.stdin.on('error', fail);
child.stdout.setEncoding('utf8');
child.stdout.on('data', function (d) { out += d; });
for (var i = 0; i < N; i++) child.stdin.write('a');
child.stdin.end();
child.on('close', function (code, signal) {
  var ms = now() - t0;
  if (code !== 0) return fail(new Error('wc exited with code ' + code + ' signal ' + signal));
  var counted = parseInt(out.trim(), 10);
  if (counted !== N) return fail(new Error('wc counted ' + JSON.stringify(out) + ', expected ' + N));
  console.log(JSON.stringify({ bench: BENCH, n: N, ms: r2(ms), per_op_ns: r2(ms * 1e6 / N) }));
});
