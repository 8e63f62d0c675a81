const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err >&2'], { stdio: 'ignore' });
console.log(c.stdin, c.stdout, c.stderr, c.stdio);
c.on('close', (code) => console.log('close', code));
