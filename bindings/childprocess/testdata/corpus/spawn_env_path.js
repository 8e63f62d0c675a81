const { spawn } = require('child_process');
// The PATH of options.env is the one searched.
const a = spawn('ls', ['/'], { env: { PATH: '/nonexistent' }, stdio: 'ignore' });
a.on('error', (e) => console.log('a', e.code));
a.on('close', (c) => {
  const b = spawn('sh', ['-c', 'echo $PATH'], { env: {} });
  let out = '';
  b.stdout.on('data', (d) => (out += d));
  b.on('error', (e) => console.log('b error', e.code));
  b.on('close', (code) => console.log('b', code, out.length > 0));
});
