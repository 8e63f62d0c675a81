const { spawn } = require('child_process');
function run(sig) {
  return new Promise((resolve) => {
    const c = spawn('sleep', ['10']);
    c.on('spawn', () => {
      const r = c.kill(sig);
      c.on('exit', (code, s) => resolve([sig, r, code, s]));
    });
  });
}
(async () => {
  for (const s of ['SIGKILL', 'SIGINT', 9, 15, 'SIGHUP', 'SIGUSR1']) console.log((await run(s)).join(' '));
})();
