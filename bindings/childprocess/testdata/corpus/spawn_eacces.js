const { spawn } = require('child_process');
// /etc/passwd exists but is not executable.
const c = spawn('/etc/passwd', ['x']);
c.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs));
c.on('close', (code, sig) => console.log('close', code, sig));
const d = spawn('/');
d.on('error', (e) => console.log('dir', e.code));
