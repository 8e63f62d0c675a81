const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo x; echo y >&2'], { stdio: ['ignore', 'ignore', 'pipe'] });
console.log(r.status, r.stdout, r.stderr.toString());
