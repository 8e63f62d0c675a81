const { spawn } = require('child_process');
const c = spawn('echo $((1+2)) && echo', ['a', 'b'], { shell: true });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', (code) => console.log(JSON.stringify(out), code, c.spawnfile, JSON.stringify(c.spawnargs)));
