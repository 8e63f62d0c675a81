const { spawn } = require('child_process');
const t0 = Date.now();
const c = spawn('sleep', ['10'], { timeout: 100 });
c.on('exit', (code, sig) => {
  console.log('exit', code, sig, c.killed, Date.now() - t0 < 5000);
  const d = spawn('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
  d.on('exit', (code2, sig2) => {
    console.log('exit2', code2, sig2);
    const e = spawn('true', { timeout: 5000 });
    e.on('exit', (code3, sig3) => console.log('exit3', code3, sig3));
  });
});
