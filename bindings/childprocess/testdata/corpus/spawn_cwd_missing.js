const { spawn } = require('child_process');
const c = spawn('ls', [], { cwd: '/definitely/not/here' });
c.on('error', (e) => console.log(e.message, e.code, e.syscall, e.path));
c.on('close', (code) => console.log('close', code));
