const { exec } = require('child_process');
const t0 = Date.now();
exec('sleep 10', { timeout: 100 }, (err, stdout, stderr) => {
  console.log(err.message, err.killed, err.signal, err.code, Date.now() - t0 < 5000);
  exec('sleep 10', { timeout: 100, killSignal: 'SIGKILL' }, (err2) => {
    console.log(err2.killed, err2.signal);
    exec('echo quick', { timeout: 5000 }, (err3, out) => console.log(err3, out.trim()));
  });
});
