const { spawnSync } = require('child_process');
const r = spawnSync('no-such-program-zz', ['a']);
console.log(r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, JSON.stringify(r.error.spawnargs));
console.log(r.status, r.signal, r.output, r.stdout, r.stderr, r.pid);
console.log(Object.keys(r).join(','));
