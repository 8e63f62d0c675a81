'use strict';
// Lines from the async iterator keep empty lines, \r\n and lone \r endings,
// and a last line without a newline; leaving the loop early keeps the
// interface open.
const readline = require('readline');
const { Readable } = require('stream');

async function main() {
  const rl = readline.createInterface({ input: Readable.from(['a\n\nb\r\nc', '\rd\n', '\n', 'tail']), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(JSON.stringify(lines));

  const input = Readable.from(['1\n2\n3\n']);
  const early = readline.createInterface({ input });
  for await (const line of early) {
    console.log('first only', line);
    break;
  }
  console.log('closed after break', early.closed);
}
main();
