const { spawn } = require('child_process');
const c = spawn('true');
c.stdin.on('error', (e) => console.log('error event', e.code));
c.on('exit', (code) => {
  console.log('exit', code, c.stdin.destroyed);
  const ok = c.stdin.write('late', (err) => console.log('write cb', err && err.code));
  console.log('write returned', ok);
});
