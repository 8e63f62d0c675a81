// .save writes the session's evaluated code to a file, .load evaluates a
// file line by line; assigning _ or _error turns off their automatic update.
const repl = require('repl');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-session-'));
const saved = path.join(dir, 'saved.js');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: '> ', input, output });
r.on('exit', () => {
  console.log(out.split(dir).join('<dir>').split('\n'));
  console.log(JSON.stringify(fs.readFileSync(saved, 'utf8')));
  fs.rmSync(dir, { recursive: true });
});
input.write('var n = 1\n');
input.write('n += 1\n');
input.write('.save ' + saved + '\n');
input.write('n = 10\n');
input.write('.load ' + saved + '\n');
input.write('n\n');
input.write('.load ' + path.join(dir, 'missing.js') + '\n');
input.write('.load ' + dir + '\n');
input.write('_ = 42\n');
input.write('"next"\n');
input.write('_\n');
input.write('_error = "e"\n');
input.write('nope\n');
input.write('_error\n');
input.end();
