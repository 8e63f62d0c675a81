const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo via-fd-1'], { stdio: ['ignore', 1, process.stderr] });
c.on('close', (code) => console.log('done', code, c.stdout));
