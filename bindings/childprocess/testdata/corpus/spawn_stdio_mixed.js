const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: ['ignore', 'inherit', 'pipe'] });
let err = '';
c.stderr.on('data', (d) => (err += d));
console.log(c.stdin === null, c.stdout === null, c.stderr !== null);
c.on('close', () => console.log('stderr was', JSON.stringify(err)));
