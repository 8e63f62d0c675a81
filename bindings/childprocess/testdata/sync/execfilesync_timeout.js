const { execFileSync } = require('child_process');
try {
  execFileSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGINT' });
} catch (e) {
  console.log(e.code, e.signal, e.message);
}
