const { spawn } = require('child_process');
const c = spawn('printf', ['a\\nb\\nc\\n']);
c.stdout.pipe(process.stdout);
c.on('close', (code) => console.log('close', code));
