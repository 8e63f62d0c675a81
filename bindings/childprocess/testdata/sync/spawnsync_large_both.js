const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'head -c 3000000 /dev/zero & head -c 3000000 /dev/zero >&2; wait'], { maxBuffer: 10e6 });
console.log(r.status, r.stdout.length, r.stderr.length);
