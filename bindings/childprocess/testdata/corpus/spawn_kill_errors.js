const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
for (const s of ['SIGNOPE', 'sigterm', 1000, -1, 3.5, null, {}]) {
  try {
    console.log(s, c.kill(s));
  } catch (e) {
    console.log(String(s), e.code, e.name, e.message);
  }
}
console.log('kill 0:', c.kill(0));
c.kill('SIGKILL');
c.on('exit', (code, sig) => {
  console.log('exit', code, sig);
  console.log('after exit:', c.kill(), c.killed);
});
