const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(Object.keys(r).join(','));
console.log(r.status, r.signal, r.error, typeof r.pid, r.pid > 0);
console.log(Buffer.isBuffer(r.stdout), r.stdout.toString(), r.stderr.toString(), r.output.length, r.output[0]);
