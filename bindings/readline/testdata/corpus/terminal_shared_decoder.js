'use strict';
// Terminal interfaces over one input share its UTF-8 decoder: a character
// split between two interfaces' reads arrives whole. Plain interfaces keep
// their own decoder.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(terminal, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  const first = readline.createInterface({ input, output, terminal });
  first.once('line', (line) => {
    console.log(terminal ? 'terminal' : 'plain', 'first', JSON.stringify(line));
    first.close();
    const second = readline.createInterface({ input, output, terminal });
    second.once('line', (l) => {
      console.log(terminal ? 'terminal' : 'plain', 'second', JSON.stringify(l), Buffer.from(l).length);
      second.close();
      done();
    });
    input.write(Buffer.from([0x82, 0xac]));
    input.write('bar\n');
  });
  input.write(Buffer.concat([Buffer.from('foo\n'), Buffer.from([0xe2])]));
}
run(true, () => run(false, () => {}));
