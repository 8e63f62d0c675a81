// setupHistory writes entered lines to the history file, newest first.
const repl = require('repl');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-hist-'));
const file = path.join(dir, 'history');
const input = new PassThrough();
const output = new PassThrough();
output.resume();
const r = repl.start({ prompt: '> ', input, output, terminal: true });
r.setupHistory(file, (err, server) => {
  console.log('setup', err, server === r);
  input.write('1 + 1\r');
  input.write('"two"\r');
  input.write('.exit\r');
});
r.on('exit', () => {
  setTimeout(() => {
    console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
    fs.rmSync(dir, { recursive: true });
  }, 100);
});
