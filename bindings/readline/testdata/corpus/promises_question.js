// stdin: first\nsecond\n
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question('A: ');
  const b = await rl.question('B: ');
  console.log(JSON.stringify([a, b]));
  rl.close();
  console.log(require('readline').promises === readline, typeof readline.Interface, typeof readline.Readline);
})();
