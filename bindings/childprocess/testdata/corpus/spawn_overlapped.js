const { spawn } = require('child_process');
const c = spawn('echo', ['ov'], { stdio: 'overlapped' });
c.stdout.on('data', (d) => process.stdout.write(d));
c.on('close', (code) => console.log(code, c.stdin !== null));
