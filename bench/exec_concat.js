'use strict';
// exec_concat: spawn a shell pipeline that prints 50,000,000 'a' bytes and accumulate its
// stdout with `out += chunk` in 'data' listeners (setEncoding('utf8')), as many scripts do.
// Stresses: repeated string concatenation of large strings (quadratic without ropes).
var cp = require('child_process');

var BENCH = 'exec_concat';
var SIZE = 50000000;

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
var child = cp.spawn('sh', ['-c', 'head -c ' + SIZE + ' /dev/zero | tr "\\0" a'], { stdio: ['ignore', 'pipe', 'inherit'] });
var out = '';
child.on('error', fail);
child.stdout.setEncoding('utf8');
child.stdout.on('data', function (chunk) { out += chunk; });
child.on('close', function (code) {
  var ms = now() - t0;
  if (code !== 0) return fail(new Error('exit code ' + code));
  if (out.length !== SIZE) return fail(new Error('length ' + out.length + ', expected ' + SIZE));
  if (out.charAt(0) !== 'a' || out.charAt(SIZE - 1) !== 'a') return fail(new Error('unexpected content'));
  console.log(JSON.stringify({ bench: BENCH, n: SIZE, ms: r2(ms), mib_s: r2(SIZE / 1048576 / (ms / 1000)) }));
});
