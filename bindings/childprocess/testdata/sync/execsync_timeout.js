const { execSync } = require('child_process');
try {
  execSync('sleep 10', { timeout: 100 });
} catch (e) {
  console.log(e.code, e.message, e.signal, e.status, e.errno, e.syscall);
}
