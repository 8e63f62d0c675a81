const { spawn } = require('child_process');
let done = 0;
let sum = 0;
for (let i = 0; i < 50; i++) {
  const c = spawn('sh', ['-c', 'echo ' + i]);
  let out = '';
  c.stdout.on('data', (d) => (out += d));
  c.on('close', () => {
    sum += Number(out);
    if (++done === 50) console.log('sum', sum);
  });
}
