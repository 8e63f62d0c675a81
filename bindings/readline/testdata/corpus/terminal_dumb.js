// env: TERM=dumb
'use strict';
// On a dumb terminal readline does no line editing: keys are echoed as
// they come, Enter ends the line, Ctrl-C and Ctrl-D close.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('close', () => console.log('close'));
rl.prompt();
input.write('ab\x1b[Dc\x7f\r');
console.log(JSON.stringify(out), rl.cursor);
out = '';
input.write('xy\x04');
console.log(JSON.stringify(out), JSON.stringify(rl.line));
