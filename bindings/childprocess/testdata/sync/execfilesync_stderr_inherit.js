const { execFileSync } = require('child_process');
const out = execFileSync('sh', ['-c', 'echo o; echo e >&2'], { encoding: 'utf8' });
console.log(JSON.stringify(out));
