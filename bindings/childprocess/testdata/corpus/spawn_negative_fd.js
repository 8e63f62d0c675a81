const { spawn } = require('child_process');
const c = spawn('echo', ['neg'], { stdio: [-1, -1, -1] });
c.stdout.on('data', (d) => process.stdout.write(d));
c.on('close', (code) => console.log(code));
