const { spawn } = require('child_process');
// Unref both the child and its pipes: the script ends without waiting.
const c = spawn('sleep', ['5']);
c.unref();
c.stdout.unref();
c.stderr.unref();
c.stdin.unref();
process.on('exit', () => {
  console.log('exit before child', c.exitCode);
  c.kill('SIGKILL');
});
