'use strict';
// lines_stdin: the lines of lines_file.js through readline over
// process.stdin, 'line' events. Run as `runtime lines_stdin.js < file`
// (LINES_STDIN set), or without it: then it writes the file and runs
// itself again with the file as stdin (the figure is the child's).
var cp = require('child_process');
var fs = require('fs');
var readline = require('readline');

var BENCH = 'lines_stdin';
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

if (!process.env.LINES_STDIN) {
  // Loading lines_file.js would run it: write the file the same way.
  var path = require('path');
  var file = path.join(require('os').tmpdir(), 'jsproc-bench-seq-' + N + '.txt');
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    var parts = [];
    for (var i = 1; i <= N; i++) parts.push(String(i));
    fs.writeFileSync(file + '.' + process.pid, parts.join('\n') + '\n');
    fs.renameSync(file + '.' + process.pid, file);
  }
  var fd = fs.openSync(file, 'r');
  var env = Object.assign({}, process.env, { LINES_STDIN: '1' });
  var child = cp.spawn(process.execPath, [__filename], { stdio: [fd, 'inherit', 'inherit'], env: env });
  child.on('error', fail);
  child.on('close', function (code) {
    fs.closeSync(fd);
    process.exitCode = code;
  });
} else {
  var t0 = now();
  var rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
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
}
