// Many small writes to a child's stdin: every byte arrives in order,
// callbacks run in order, write() returns false past the high-water mark
// and 'drain' comes once what was written is out, end()'s callback and
// 'finish' after every write callback.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'sleep 0.2; wc -c']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
const order = [];
let falses = 0;
let firstFalse = -1;
for (let i = 0; i < 20000; i++) {
  const cb = i % 5000 === 4999 ? (err) => order.push('cb' + i + (err ? err.code : '')) : undefined;
  const ok = cb ? child.stdin.write('x', cb) : child.stdin.write(i % 2 ? 'y' : Buffer.from('z'));
  if (!ok) {
    falses++;
    if (firstFalse < 0) firstFalse = i;
  }
}
console.log('writableLength > 0', child.stdin.writableLength > 0, 'needDrain', child.stdin.writableNeedDrain);
console.log('false returned', falses > 0);
child.stdin.on('drain', () => order.push('drain'));
child.stdin.on('finish', () => order.push('finish'));
child.stdin.end('!', () => order.push('end cb'));
child.on('close', (code) => {
  // 'drain' is not emitted once end() was called.
  console.log(order.join(' '));
  console.log('wc', out.trim(), 'code', code);
});
