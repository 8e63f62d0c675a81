const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'ps -o sid= -p $$'], { detached: true, encoding: 'utf8' });
console.log(Number(r.stdout.trim()) === r.pid);
