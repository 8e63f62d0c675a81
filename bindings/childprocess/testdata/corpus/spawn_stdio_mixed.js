const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: ['ignore', 'inherit', 'pipe'] });
let err = '';
c.stderr.on('data', (d) => (err += d));
const shape = [c.stdin === null, c.stdout === null, c.stderr !== null];
// Printed once the child is done, so its inherited output cannot race ours.
c.on('close', () => {
  console.log(...shape);
  console.log('stderr was', JSON.stringify(err));
});
