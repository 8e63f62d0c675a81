const { spawnSync } = require('child_process');
const r = spawnSync('id', ['-g'], { gid: 65534, uid: 65534, encoding: 'utf8' });
console.log(r.stdout.trim(), r.status);
