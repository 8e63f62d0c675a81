const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo $0'], { argv0: 'custom-name' });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', () => console.log(out.trim(), c.spawnargs, c.spawnfile));
