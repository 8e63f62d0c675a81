const { exec } = require('child_process');
const c = exec('sleep 10', (err) => {
  console.log(err.message, err.killed, err.signal, err.code);
});
setTimeout(() => c.kill('SIGINT'), 50);
