const { spawn } = require('child_process');
const c = spawn('sleep', ['10'], { signal: AbortSignal.abort('why'), killSignal: 'SIGKILL' });
c.on('error', (e) => console.log('error', e.name, e.code, e.cause));
c.on('exit', (code, sig) => console.log('exit', code, sig));
