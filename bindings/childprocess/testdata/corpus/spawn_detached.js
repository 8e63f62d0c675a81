const { spawn } = require('child_process');
// A detached child leads its own session and process group.
const c = spawn('sh', ['-c', 'ps -o sid= -o pgid= -p $$'], { detached: true });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', () => {
  const [sid, pgid] = out.trim().split(/\s+/).map(Number);
  console.log(sid === c.pid, pgid === c.pid, sid !== process.pid);
});
