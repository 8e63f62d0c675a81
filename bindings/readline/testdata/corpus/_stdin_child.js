// The child of go_lines_stdin.js: reads process.stdin through readline as
// argv[2] says and prints what it saw.
const readline = require('readline');
const { expect, Summary } = require('./_lineshash');

const mode = process.argv[2];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: mode === 'chunks' ? 5000 : Infinity });
expect(rl, 'go', mode + ': started');
const sum = new Summary();
const log = [];
if (mode === 'await') {
  (async () => {
    for await (const l of rl) {
      sum.add(l);
      if (sum.n === 3000) break;
    }
    console.log('after the loop ' + sum);
  })();
} else {
  rl.on('line', (l) => {
    sum.add(l);
    if (mode === 'chunks') log.push(JSON.stringify(l));
    if (mode === 'pause' && sum.n % 2000 === 1) {
      rl.pause();
      log.push('paused at ' + sum.n);
      setTimeout(() => rl.resume(), 5);
    }
    if (mode === 'second' && sum.n === 100) {
      rl.close();
      setTimeout(() => {
        const rl2 = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
        const second = new Summary();
        rl2.on('line', (l2) => second.add(l2));
        rl2.on('close', () => console.log('second ' + second));
      }, 20);
    }
    if (mode === 'close' && sum.n === 100) {
      rl.close();
      log.push('stdin paused ' + process.stdin.isPaused());
    }
    if (mode === 'data' && sum.n === 50) {
      let seen = 0;
      process.stdin.on('data', (d) => { seen += d.length; });
      process.stdin.on('end', () => log.push('the data listener saw ' + seen));
    }
  });
  rl.on('close', () => {
    log.push('rl close');
    if (mode === 'data') expect(rl, 'js', 'data: ended');
    setTimeout(() => console.log(log.join('\n') + '\n' + sum), 10);
  });
}
