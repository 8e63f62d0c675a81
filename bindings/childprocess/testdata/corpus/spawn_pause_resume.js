const { spawn } = require('child_process');
const c = spawn('head', ['-c', '1048576', '/dev/zero']);
let n = 0;
let pauses = 0;
c.stdout.on('data', (d) => {
  n += d.length;
  c.stdout.pause();
  pauses++;
  setTimeout(() => c.stdout.resume(), 1);
});
c.on('close', (code) => console.log(n, code, pauses > 0));
