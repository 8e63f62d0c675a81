const { spawn } = require('child_process');
const ac = new AbortController();
const c = spawn('sleep', ['10'], { signal: ac.signal });
c.on('error', (e) => console.log('error', e.name, e.code, e.message));
c.on('exit', (code, sig) => console.log('exit', code, sig, c.killed));
c.on('close', () => console.log('close'));
setTimeout(() => ac.abort(), 50);
