const { execFile } = require('child_process');
execFile('sh', ['-c', 'echo so >&2; exit 9'], (err, stdout, stderr) => {
  console.log(err.message);
  console.log(err.code, err.cmd, err.killed, err.signal, JSON.stringify(stderr));
});
execFile('nonexistent-prog', ['x', 'y'], (err, stdout, stderr) => {
  console.log(err.message, err.code, err.errno, err.syscall, err.path, JSON.stringify(err.spawnargs), err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
});
