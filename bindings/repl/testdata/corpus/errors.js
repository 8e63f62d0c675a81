// start() with a prompt string, and the argument errors of start and
// defineCommand.
const repl = require('repl');
const { PassThrough } = require('stream');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const io = () => ({ input: new PassThrough(), output: new PassThrough() });
attempt('eval', () => repl.start(Object.assign(io(), { eval: 42 })));
attempt('replMode', () => repl.start(Object.assign(io(), { replMode: 'loose' })));
attempt('prompt', () => repl.start(Object.assign(io(), { prompt: 7 })));
attempt('sigint+eval', () => repl.start(Object.assign(io(), { breakEvalOnSigint: true, eval: () => {} })));
const s = io();
const r = repl.start(Object.assign(s, { breakEvalOnSigint: true, useColors: false, terminal: false }));
attempt('defineCommand', () => r.defineCommand('x', { help: 'no action' }));
let out = '';
s.output.on('data', (d) => { out += d; });
r.on('exit', () => console.log(JSON.stringify(out)));
r.close();
const viaNew = new repl.REPLServer(Object.assign(io(), { prompt: 'new> ' }));
console.log(viaNew instanceof repl.REPLServer, viaNew.getPrompt());
viaNew.close();
