'use strict';
// The async iterator queues lines; past 1024 waiting lines it pauses the
// input, and resumes it once the queue is empty. Its watermark data says so.
const readline = require('readline');
const { Readable } = require('stream');

async function main() {
  const input = new Readable({ read() {} });
  input.push('x\n'.repeat(1500));
  const rl = readline.createInterface({ input });
  const it = rl[Symbol.asyncIterator]();
  console.log('same iterator', it === rl[Symbol.asyncIterator]());
  const wm = it[Symbol.for('nodejs.watermarkData')];
  console.log('marks', wm.high, wm.low, wm.size, wm.isPaused);
  const seen = [];
  let n = 0;
  for await (const line of it) {
    n++;
    if (n === 1 || n === 476 || n === 1500) seen.push([n, line, wm.size, wm.isPaused, input.isPaused()].join(':'));
    if (n === 1500) {
      input.push('last\n');
      input.push(null);
    }
  }
  console.log(seen.join(' '));
  console.log('lines', n, 'closed', rl.closed);
}
main();
