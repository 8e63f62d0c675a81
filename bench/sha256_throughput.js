'use strict';
// sha256_throughput: spawn('head', ['-c', 1 GiB, '/dev/zero']) and pipe its stdout into
// crypto.createHash('sha256') with stream.pipeline; print the digest's MiB/s.
// Stresses: child->parent pipe reads, Writable/Transform dispatch per chunk, and hashing.
var cp = require('child_process');
var crypto = require('crypto');
var stream = require('stream');

var BENCH = 'sha256_throughput';
var TOTAL = 1 << 30; // 1 GiB
// SHA-256 of 1 GiB of zero bytes.
var EXPECT = '49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14';

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
var child = cp.spawn('head', ['-c', String(TOTAL), '/dev/zero'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.on('error', fail);
var hash = crypto.createHash('sha256');
stream.pipeline(child.stdout, hash, function (err) {
  if (err) return fail(err);
  var digest = hash.read().toString('hex');
  var ms = now() - t0;
  if (digest !== EXPECT) return fail(new Error('digest ' + digest));
  console.log(JSON.stringify({ bench: BENCH, n: TOTAL, ms: r2(ms), mib_s: r2(TOTAL / 1048576 / (ms / 1000)) }));
});
