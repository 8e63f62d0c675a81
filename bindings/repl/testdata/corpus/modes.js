// replMode strict, useGlobal declarations visible to the script, and the
// 'reset' event from .clear (with useGlobal: false a fresh context).
const repl = require('repl');
const { PassThrough } = require('stream');
function run(opts, lines, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const r = repl.start(Object.assign({ prompt: '> ', input, output }, opts));
  r.on('reset', (ctx) => { out += '[reset ' + (ctx === r.context) + ']\n'; });
  r.on('exit', () => { console.log(out.split('\n')); done(); });
  for (const l of lines) input.write(l + '\n');
  input.end();
}
run({ replMode: repl.REPL_MODE_STRICT }, ['undeclared = 1', 'typeof undeclared', '(function () { return this })()'], () => {
  run({ useGlobal: true }, ['var fromRepl = 7', '.clear', 'typeof fromRepl'], () => {
    console.log(typeof fromRepl, globalThis.fromRepl);
  });
});
