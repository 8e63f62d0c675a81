// An error thrown in a function the REPL defined keeps that function's
// frames; the frames of the REPL's own call are left out.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: '> ', input, output });
r.on('exit', () => { console.log(out.split('\n')); });
input.write('function f() { throw new Error("x") }\n');
input.write('function g() { return f() }\n');
input.write('f()\n');
input.write('try { g() } catch (e) { e.message }\n');
input.write('_error.message\n');
input.end();
