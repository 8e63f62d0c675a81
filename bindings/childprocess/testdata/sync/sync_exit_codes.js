const { spawnSync } = require('child_process');
for (const c of [0, 1, 7, 128, 255]) console.log(c, spawnSync('sh', ['-c', 'exit ' + c]).status);
