const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
c.on('exit', (code, sig) => console.log('exit', code, sig, c.killed, c.exitCode, c.signalCode));
c.on('close', (code, sig) => console.log('close', code, sig));
console.log(c.kill(), c.killed);
