const { execFile } = require('child_process');
execFile('echo', ['a', 'b c', '$HOME'], (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
});
