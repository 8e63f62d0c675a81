// Benchmark: readline over fs.createReadStream of a 1,000,000-line file.
// The file is written once into os.tmpdir() and reused. Prints the time per
// line as {"per_line_ns": N}.
const fs = require('fs');
const readline = require('readline');

function tmpdir() {
  try {
    return require('os').tmpdir();
  } catch (e) {
    return process.env.TMPDIR || '/tmp';
  }
}

const LINES = 1000000;
const file = tmpdir() + '/jsproc-bench-readline-' + LINES + '.txt';
if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
  const parts = [];
  for (let i = 0; i < LINES; i++) parts.push('line ' + i + ' some text to make the line longer');
  fs.writeFileSync(file + '.tmp', parts.join('\n') + '\n');
  fs.renameSync(file + '.tmp', file);
}

const start = process.hrtime.bigint();
let count = 0;
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
rl.on('line', () => { count++; });
rl.on('close', () => {
  const ns = Number(process.hrtime.bigint() - start);
  if (count !== LINES) throw new Error('read ' + count + ' lines, want ' + LINES);
  console.log(JSON.stringify({ per_line_ns: Math.round(ns / count) }));
});
