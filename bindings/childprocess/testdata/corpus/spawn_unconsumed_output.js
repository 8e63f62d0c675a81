const { spawn } = require('child_process');
// Nobody reads stdout: 'close' still fires once the child is done.
const c = spawn('sh', ['-c', 'head -c 2000 /dev/zero']);
c.on('exit', (code) => console.log('exit', code));
c.on('close', (code) => console.log('close', code, c.stdout.readableEnded));
