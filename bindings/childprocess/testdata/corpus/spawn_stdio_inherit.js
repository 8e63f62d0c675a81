const { spawn } = require('child_process');
console.log('before');
const c = spawn('sh', ['-c', 'echo from child'], { stdio: 'inherit' });
const info = [c.stdout, c.stdin, c.stderr, c.stdio.length];
c.on('close', (code) => console.log('after', code, info));
