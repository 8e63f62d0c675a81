const { exec } = require('child_process');
exec('echo partial; echo bad >&2; exit 3', (err, stdout, stderr) => {
  console.log(err instanceof Error, err.message);
  console.log(err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  console.log(Object.keys(err).join(','));
});
