const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(r.status, r.signal, r.error);
