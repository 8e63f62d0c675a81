const { spawn } = require('child_process');
const c = spawn('sleep', ['0.2'], { stdio: 'ignore' });
c.unref();
c.ref();
c.on('exit', (code) => console.log('exit', code));
