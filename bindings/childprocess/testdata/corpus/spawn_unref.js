const { spawn } = require('child_process');
// An unref'd child with ignored stdio does not hold the loop.
const c = spawn('sleep', ['30'], { stdio: 'ignore', detached: true });
c.unref();
console.log(typeof c.pid);
process.on('exit', () => {
  process.kill(c.pid, 'SIGKILL');
  console.log('exited while child ran');
});
