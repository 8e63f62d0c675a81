const { execFileSync } = require('child_process');
try {
  execFileSync('sh', ['-c', 'exit 1'], { argv0: 'myname' });
} catch (e) {
  console.log(e.message);
}
