// A signal that arrives while execSync/spawnSync block the loop reaches
// its process listener once the call returns, after the call's own result.
const cp = require('child_process');
process.on('SIGUSR2', () => console.log('got SIGUSR2'));
process.on('SIGHUP', () => console.log('got SIGHUP'));
cp.execSync('kill -USR2 ' + process.pid + '; sleep 0.2');
console.log('execSync returned');
const r = cp.spawnSync('sh', ['-c', 'kill -HUP ' + process.pid + '; sleep 0.2; echo out']);
console.log('spawnSync returned', r.status, String(r.stdout).trim());
setTimeout(() => {
  console.log('timer');
  process.removeAllListeners('SIGUSR2');
  process.removeAllListeners('SIGHUP');
}, 100);
