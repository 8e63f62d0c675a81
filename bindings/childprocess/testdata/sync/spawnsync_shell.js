const { spawnSync } = require('child_process');
const r = spawnSync('echo $((2+3))', { shell: true, encoding: 'utf8' });
console.log(r.stdout.trim(), r.status);
const b = spawnSync('echo $0', { shell: '/bin/bash', encoding: 'utf8' });
console.log(b.stdout.trim());
