const { exec } = require('child_process');
const c = exec('echo hello; echo oops >&2', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
});
console.log(c.constructor.name, c.spawnfile, JSON.stringify(c.spawnargs));
