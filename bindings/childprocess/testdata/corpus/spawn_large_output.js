const { spawn } = require('child_process');
// 8 MiB on stdout and 8 MiB on stderr at once: no deadlock, nothing lost.
const c = spawn('sh', ['-c', 'head -c 8388608 /dev/zero & head -c 8388608 /dev/zero >&2; wait']);
let out = 0;
let err = 0;
c.stdout.on('data', (d) => (out += d.length));
c.stderr.on('data', (d) => (err += d.length));
c.on('close', (code) => console.log(out, err, code));
