const { spawn } = require('child_process');
// A child that traps SIGTERM and exits with its own code.
const c = spawn('sh', ['-c', 'trap "echo got-term; exit 7" TERM; echo ready; while true; do sleep 0.05; done']);
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => {
  process.stdout.write(d);
  if (d.includes('ready')) c.kill();
});
c.on('close', (code, sig) => console.log('close', code, sig, c.killed));
