const { spawn } = require('child_process');
// Destroying stdout early does not hang; the child sees a broken pipe.
const c = spawn('yes');
c.stdout.once('data', () => c.stdout.destroy());
c.on('close', (code, sig) => console.log('close', code, sig));
