const { spawn } = require('child_process');
const c = spawn('no-such-command-xyz', ['a', 'b']);
console.log(typeof c.pid, c.stdout !== null, c.stdin !== null);
c.on('spawn', () => console.log('spawn (unexpected)'));
c.on('exit', () => console.log('exit (unexpected)'));
c.on('error', (e) => {
  console.log(e.message, e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs));
  console.log(e instanceof Error, Object.keys(e).join(','));
});
c.on('close', (code, sig) => console.log('close', code, sig, c.exitCode));
console.log('sync end');
