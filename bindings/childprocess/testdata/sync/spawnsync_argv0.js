const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo $0'], { argv0: 'renamed', encoding: 'utf8' });
console.log(r.stdout.trim());
