const { spawnSync } = require('child_process');
const r = spawnSync('echo', ['hi'], { encoding: 'utf8' });
console.log(JSON.stringify(r.stdout), JSON.stringify(r.stderr), JSON.stringify(r.output));
const h = spawnSync('printf', ['AB'], { encoding: 'hex' });
console.log(h.stdout);
const b = spawnSync('printf', ['AB'], { encoding: 'buffer' });
console.log(Buffer.isBuffer(b.stdout));
