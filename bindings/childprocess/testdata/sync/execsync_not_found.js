const { execSync } = require('child_process');
try {
  execSync('nonexistent_cmd_abc 2>/dev/null');
} catch (e) {
  console.log(e.status, e.message.split('\n')[0]);
}
try {
  execSync('ls', { shell: '/no/such/shell' });
} catch (e) {
  console.log(e.code, e.message, e.path, JSON.stringify(e.spawnargs));
}
