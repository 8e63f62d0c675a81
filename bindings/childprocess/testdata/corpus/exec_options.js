const { exec } = require('child_process');
exec('pwd; echo $FOO', { cwd: '/tmp', env: { FOO: 'from-env', PATH: process.env.PATH } }, (err, stdout) => {
  console.log(err, JSON.stringify(stdout));
  exec('echo $0', { shell: '/bin/bash' }, (err2, out2) => console.log(err2, out2.trim()));
});
