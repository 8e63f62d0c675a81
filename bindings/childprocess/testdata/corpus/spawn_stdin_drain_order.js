// write() callbacks and 'drain' around a write that goes out later: the
// callbacks of writes made meanwhile run in order after it, 'drain' after
// the last, and writes after 'drain' behave the same. The child reads
// nothing before the script says so on fd 3, after its writes: were it to
// read meanwhile (a timer of its own racing the script's start), the big
// write could go out whole at once, and what is pending would vary.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'read go <&3; cat'], { stdio: ['pipe', 'pipe', 'inherit', 'pipe'] });
const big = Buffer.alloc(1 << 20, 'a');
const log = [];
let got = 0;
child.stdout.on('data', (d) => { got += d.length; });
console.log('big write returns', child.stdin.write(big, () => log.push('big')));
for (let i = 0; i < 5; i++) child.stdin.write('s' + i, () => log.push('small' + i));
child.stdin.write('no callback');
console.log('length', child.stdin.writableLength);
child.stdio[3].end('go\n');
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
