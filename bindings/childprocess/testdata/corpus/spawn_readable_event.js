const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo one; echo two']);
let all = '';
c.stdout.on('readable', () => {
  let chunk;
  while ((chunk = c.stdout.read()) !== null) all += chunk;
});
c.stdout.on('end', () => console.log(JSON.stringify(all)));
