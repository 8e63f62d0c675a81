const { spawn } = require('child_process');
const c = spawn('echo', ['x'], { stdio: [null, undefined, 'ignore', undefined] });
console.log(c.stdin !== null, c.stdout !== null, c.stderr, c.stdio.length, c.stdio[3]);
c.stdout.on('data', (d) => process.stdout.write('got ' + d));
c.on('close', (code) => console.log('close', code));
