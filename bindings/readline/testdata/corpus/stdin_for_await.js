// stdin: one\ntwo\nthree\n
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line.toUpperCase());
  console.log(lines);
})();
