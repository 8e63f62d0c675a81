const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'pwd; echo $A-$B'], { cwd: '/tmp', env: { A: 'one', B: 2 }, encoding: 'utf8' });
console.log(JSON.stringify(r.stdout));
