const { spawnSync } = require('child_process');
const r = spawnSync('yes', { maxBuffer: 100 });
console.log(r.error.code, r.error.message, r.signal, r.status, r.stdout.length > 100);
const ok = spawnSync('sh', ['-c', 'head -c 100 /dev/zero'], { maxBuffer: 100 });
console.log(ok.error, ok.stdout.length);
const def = spawnSync('yes');
console.log(def.error && def.error.code, def.signal, def.stdout.length > 1048576);
const k = spawnSync('yes', { maxBuffer: 10, killSignal: 'SIGKILL' });
console.log(k.error.code, k.signal);
