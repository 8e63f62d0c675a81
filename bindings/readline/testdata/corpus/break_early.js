// stdin: a\nb\nc\nd\n
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('close', () => console.log('closed'));
  for await (const line of rl) {
    console.log(line);
    if (line === 'b') break;
  }
  console.log('after loop');
})();
