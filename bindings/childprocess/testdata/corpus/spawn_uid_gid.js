const { spawn } = require('child_process');
const c = spawn('id', ['-u'], { uid: 65534, gid: 65534 });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('error', (e) => console.log('error', e.code));
c.on('close', (code) => console.log(out.trim(), code));
