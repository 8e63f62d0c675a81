const { spawnSync, spawn } = require('child_process');
const s = spawnSync('echo', ['sync'], { encoding: 'utf8' });
process.stdout.write(s.stdout);
const c = spawn('echo', ['async']);
c.stdout.pipe(process.stdout);
c.on('close', () => console.log(spawnSync('echo', ['sync again'], { encoding: 'utf8' }).stdout.trim()));
