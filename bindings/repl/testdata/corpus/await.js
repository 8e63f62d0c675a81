// await outside a function: an awaited expression's value is printed, a
// declaration made with await is seen by the next lines, a rejection is
// reported. Each line is sent once the REPL has prompted again.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
const lines = [
  'await Promise.resolve(5)',
  'const v = await new Promise((r) => setTimeout(() => r(7), 10))',
  'v * 2',
  'await Promise.reject(new RangeError("no").message)',
  'async function g() { await null; return 8 }',
  'await g()',
  'const w = await g(); w + 1',
  'let { a, b } = { a: 1, b: 2 }; a + b',
  'for (const x of [1, 2]) await null; "looped"',
];
let out = '';
output.on('data', (d) => {
  out += d;
  if (String(d).endsWith('> ')) {
    if (lines.length) input.write(lines.shift() + '\n');
    else input.end();
  }
});
const r = repl.start({ prompt: '> ', input, output });
r.on('exit', () => { console.log(out.split('\n')); });
