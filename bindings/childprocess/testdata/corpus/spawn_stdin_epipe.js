const { spawn } = require('child_process');
// The child exits without reading: writing to its stdin fails with EPIPE.
const c = spawn('sh', ['-c', 'exec 0<&-; sleep 0.2']);
const big = Buffer.alloc(1024 * 1024, 97);
c.stdin.on('error', (e) => console.log('stdin error', e.code, e.syscall, e.errno));
c.stdin.write(big);
c.on('close', (code) => console.log('close', code));
