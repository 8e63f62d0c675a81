const { exec } = require('child_process');
exec('no_such_cmd_here_xyz', (err, stdout, stderr) => {
  console.log(err.code, err.message.split('\n')[0]);
  console.log(stderr.includes('not found'));
});
