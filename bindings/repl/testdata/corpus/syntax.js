// Code that cannot compile is reported with its line, a caret under the
// offending token and V8's message; the REPL goes on.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: '> ', input, output });
r.on('exit', () => { console.log(JSON.stringify(out)); });
input.write('1 +* 2\n');
input.write('let x = ;\n');
input.write('foo bar\n');
input.write('"abc\n');
input.write('x = 1; )\n');
input.write('1 + 1\n');
input.end();
