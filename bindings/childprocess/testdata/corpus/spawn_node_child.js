const { spawn } = require('child_process');
const c = spawn('node', ['-e', 'process.stdin.on("data", d => process.stdout.write(String(d).toUpperCase())); process.stderr.write("E")']);
let out = '';
let err = '';
c.stdout.on('data', (d) => (out += d));
c.stderr.on('data', (d) => (err += d));
c.stdin.end('shout\n');
c.on('close', (code) => console.log(JSON.stringify(out), JSON.stringify(err), code));
