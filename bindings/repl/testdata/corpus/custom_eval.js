// A custom eval gets (cmd, context, filename, callback); a custom writer
// formats results; ignoreUndefined hides undefined.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const calls = [];
function myEval(cmd, context, filename, callback) {
  calls.push([JSON.stringify(cmd), context === r.context, filename]);
  if (cmd.trim() === 'fail') return callback(new Error('boom'));
  if (cmd.trim() === 'undef') return callback(null, undefined);
  if (cmd.trim() === 'more') return callback(new repl.Recoverable(new SyntaxError('more')));
  callback(null, cmd.trim().toUpperCase());
}
const r = repl.start({
  prompt: '$ ', input, output, eval: myEval, ignoreUndefined: true,
  writer: (v) => '<' + v + '>',
});
r.on('exit', () => {
  console.log(JSON.stringify(out));
  for (const c of calls) console.log(c.join(' '));
});
input.write('hello\n');
input.write('undef\n');
input.write('fail\n');
input.write('more\n');
input.write('done\n');
input.end();
