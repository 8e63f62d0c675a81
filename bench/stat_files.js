// fs.statSync over 100,000 files (made once, in 100 folders of 1,000,
// under the folder given as the first argument or $TMPDIR/jsproc-stat):
// what the permission model's per-call check costs. Prints
// {"per_op_ns": ...}. Run it with and without --permission
// (bench/run_permission.sh does both, beside node and bun).
const fs = require('fs');
const path = require('path');
const os = require('os');

const root = process.argv[2] || path.join(os.tmpdir(), 'jsproc-stat');
const dirs = 100, per = 1000;
if (!fs.existsSync(path.join(root, 'done'))) {
  for (let d = 0; d < dirs; d++) {
    const dir = path.join(root, 'd' + d);
    fs.mkdirSync(dir, { recursive: true });
    for (let f = 0; f < per; f++) fs.writeFileSync(path.join(dir, 'f' + f), '');
  }
  fs.writeFileSync(path.join(root, 'done'), '');
}
const names = [];
for (let d = 0; d < dirs; d++) for (let f = 0; f < per; f++) names.push(root + '/d' + d + '/f' + f);
const start = process.hrtime.bigint();
let size = 0;
for (const n of names) size += fs.statSync(n).size;
const ns = Number(process.hrtime.bigint() - start);
console.log(JSON.stringify({ per_op_ns: Math.round(ns / names.length), files: names.length, size }));
