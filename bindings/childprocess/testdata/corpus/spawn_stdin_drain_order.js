// write() callbacks and 'drain' around a write that goes out later: the
// callbacks of writes made meanwhile run in order after it, 'drain' after
// the last, and writes after 'drain' behave the same.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'sleep 0.2; cat']);
const big = Buffer.alloc(1 << 20, 'a');
const log = [];
let got = 0;
child.stdout.on('data', (d) => { got += d.length; });
console.log('big write returns', child.stdin.write(big, () => log.push('big')));
for (let i = 0; i < 5; i++) child.stdin.write('s' + i, () => log.push('small' + i));
child.stdin.write('no callback');
console.log('length', child.stdin.writableLength);
child.stdin.once('drain', () => {
  log.push('drain');
  console.log(child.stdin.write('after', () => log.push('after')));
  child.stdin.write(Buffer.from('tail'));
  child.stdin.end(() => log.push('ended'));
});
child.on('close', (code) => {
  console.log(log.join(' '));
  console.log('bytes', got, 'code', code);
});
