const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'kill -USR2 $$']);
c.on('exit', (code, sig) => console.log('exit', code, sig, c.killed));
