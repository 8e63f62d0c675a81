const { spawn } = require('child_process');
// process.exit() while a child runs: the script ends at once.
const c = spawn('sleep', ['0.5'], { stdio: 'ignore' });
setTimeout(() => {
  console.log('exiting with child running', c.exitCode);
  process.exit(0);
}, 20);
