const fs = require('fs');
const readline = require('readline');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsproc-rl-');
const f = dir + '/lines.txt';
let s = '';
for (let i = 0; i < 20000; i++) s += 'row ' + i + (i % 3 === 0 ? '\r\n' : '\n');
fs.writeFileSync(f, s + 'tail');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(f, { highWaterMark: 333 }), crlfDelay: Infinity });
  let n = 0, sum = 0, last;
  for await (const line of rl) {
    n++;
    sum += line.length;
    last = line;
  }
  console.log(n, sum, last);
  fs.rmSync(dir, { recursive: true });
})();
