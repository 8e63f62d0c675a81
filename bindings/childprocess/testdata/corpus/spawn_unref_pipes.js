const { spawn } = require('child_process');
// unref() with pipes: the pipes still hold the loop until the child ends.
const c = spawn('sh', ['-c', 'sleep 0.3; echo late']);
c.unref();
c.stdout.on('data', (d) => process.stdout.write('got ' + d));
process.on('exit', () => console.log('exit'));
