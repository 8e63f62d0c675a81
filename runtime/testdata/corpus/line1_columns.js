// Positions on the first line of a CommonJS file are the file's own: the
// module wrapper shares that line but adds nothing to its columns, in
// stacks, in the uncaught report's caret, and in syntax errors.
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, '_line1');

function frame(text) {
  const m = /_line1[\\/](\w+\.js):(\d+):(\d+)/.exec(text);
  return m ? `${m[1]}:${m[2]}:${m[3]}` : 'no frame';
}

const s = require('./_line1/stack.js');
console.log('stack read on line 1:', frame(s.top));
console.log('stack in a function on line 1:', frame(s.inner));

for (const name of ['throw.js', 'throw_new.js', 'syntax.js']) {
  const r = spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });
  const lines = r.stderr.split('\n');
  console.log(`${name}: exit ${r.status}`);
  console.log(lines[0].replace(dir + path.sep, ''));
  console.log(lines[1]);
  // Node's caret marks the throw statement, not where the error was made.
  console.log(lines[2]);
  if (name !== 'syntax.js') console.log('top frame:', frame(r.stderr));
}
