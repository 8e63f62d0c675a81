const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo on-fd3 >&3; echo on-fd1'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
let three = '';
let one = '';
console.log(c.stdio.length, c.stdio[3] !== null);
c.stdio[3].on('data', (d) => (three += d));
c.stdout.on('data', (d) => (one += d));
c.on('close', (code) => console.log(JSON.stringify(three), JSON.stringify(one), code));
