const { spawnSync } = require('child_process');
let total = 0;
for (let i = 0; i < 100; i++) total += Number(spawnSync('echo', [String(i)]).stdout);
console.log(total);
