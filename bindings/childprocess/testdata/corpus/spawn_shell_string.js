const { spawn } = require('child_process');
const c = spawn('echo "$0"; echo hi', { shell: '/bin/bash' });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', (code) => console.log(JSON.stringify(out), code, c.spawnfile));
