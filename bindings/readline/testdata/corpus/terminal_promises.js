'use strict';
// readline/promises in terminal mode: question() resolves with the edited
// line, an abort rejects, and the completer may return a promise.
const readline = require('readline/promises');
const { PassThrough } = require('stream');

async function main() {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({
    input, output, terminal: true,
    completer: async (line) => [['hello', 'help'].filter((w) => w.startsWith(line)), line],
  });
  const p = rl.question('q? ');
  input.write('abc\x7fd\r');
  console.log('answer', JSON.stringify(await p), JSON.stringify(out));
  out = '';
  const ac = new AbortController();
  const p2 = rl.question('r? ', { signal: ac.signal });
  ac.abort();
  try {
    await p2;
  } catch (err) {
    console.log('rejected', err.name, err.code, JSON.stringify(out));
  }
  out = '';
  input.write('h');
  input.write('\t');
  await new Promise((r) => setImmediate(r));
  console.log('completed', JSON.stringify(rl.line), JSON.stringify(out));
  rl.close();
}
main();
