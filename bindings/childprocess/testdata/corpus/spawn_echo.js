const { spawn } = require('child_process');
const c = spawn('echo', ['hello', 'world']);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code, signal) => {
  console.log(JSON.stringify(out), code, signal, c.exitCode, c.signalCode, c.killed);
  console.log(c.spawnfile, c.spawnargs);
});
