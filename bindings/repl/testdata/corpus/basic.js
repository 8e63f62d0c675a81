// A REPL over PassThrough streams: expressions, declarations kept across
// lines, _ and _error, errors reported and the REPL going on.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: '> ', input, output, terminal: false });
console.log(r instanceof require('readline').Interface, typeof r.context, r.terminal);
r.on('exit', () => {
  console.log(JSON.stringify(out));
  console.log('exit event');
});
input.write('1 + 2\n');
input.write('let a = 40\n');
input.write('a + 2\n');
input.write('_ * 2\n');
input.write('var o = { x: [1, 2], s: "str" }; o\n');
input.write('undefinedThing\n');
input.write('_error.name\n');
input.write('throw 5\n');
input.write('"text"\n');
input.end();
