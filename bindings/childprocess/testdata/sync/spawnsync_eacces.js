const { spawnSync } = require('child_process');
const r = spawnSync('/etc/passwd');
console.log(r.error.message, r.error.code, r.status);
const d = spawnSync('ls', { cwd: '/no/such/dir' });
console.log(d.error.message, d.error.code, d.error.path);
