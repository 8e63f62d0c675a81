const { spawnSync } = require('child_process');
console.log('before');
const r = spawnSync('echo', ['inherited'], { stdio: 'inherit' });
console.log('after', r.status, JSON.stringify(r.output), r.stdout, r.stderr);
