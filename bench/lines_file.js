'use strict';
// lines_file: 2,000,000 lines (the output of seq 1 2000000, written once
// into the temporary folder) through readline.createInterface over
// fs.createReadStream(file), 'line' events.
// Stresses: file reads plus string decoding, line splitting and one JS
// callback per line.
var fs = require('fs');
var os = require('os');
var path = require('path');
var readline = require('readline');

var BENCH = 'lines_file';
var N = 2000000;

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
function r2(x) { return Math.round(x * 100) / 100; }
function fail(err) {
  console.log(JSON.stringify({ bench: BENCH, error: String(err && err.message ? err.message : err) }));
  process.exit(1);
}

// linesFile returns the file of N lines, writing it the first time.
function linesFile() {
  var file = path.join(os.tmpdir(), 'jsproc-bench-seq-' + N + '.txt');
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    var parts = [];
    for (var i = 1; i <= N; i++) parts.push(String(i));
    fs.writeFileSync(file + '.' + process.pid, parts.join('\n') + '\n');
    fs.renameSync(file + '.' + process.pid, file);
  }
  return file;
}

var file = linesFile();
var t0 = now();
var input = fs.createReadStream(file);
input.on('error', fail);
var rl = readline.createInterface({ input: input, crlfDelay: Infinity });
var count = 0;
var last = '';
rl.on('line', function (line) { count++; last = line; });
rl.on('close', function () {
  var ms = now() - t0;
  if (count !== N || last !== String(N)) return fail(new Error('got ' + count + ' lines, last ' + JSON.stringify(last)));
  console.log(JSON.stringify({
    bench: BENCH, n: count, ms: r2(ms),
    per_op_ns: r2(ms * 1e6 / count),
    lines_per_s: Math.round(count / (ms / 1000))
  }));
});
