const { exec } = require('child_process');
const c = exec('cat', (err, stdout) => console.log('cb', err, JSON.stringify(stdout)));
c.stdin.end('fed through stdin');
c.on('exit', (code) => console.log('exit', code));
