const { spawnSync } = require('child_process');
const t0 = Date.now();
const r = spawnSync('sleep', ['10'], { timeout: 100 });
console.log(r.error.code, r.error.message, r.status, r.signal, Date.now() - t0 < 5000);
const k = spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
console.log(k.error.code, k.signal);
const q = spawnSync('true', { timeout: 5000 });
console.log(q.error, q.status);
