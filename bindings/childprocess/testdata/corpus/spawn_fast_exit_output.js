const { spawn } = require('child_process');
// Children that exit at once after writing: no output lost.
let pending = 20;
const results = [];
for (let i = 0; i < 20; i++) {
  const c = spawn('sh', ['-c', 'printf "%s" ' + i + '; printf "e%s" ' + i + ' >&2']);
  let out = '';
  let err = '';
  c.stdout.on('data', (d) => (out += d));
  c.stderr.on('data', (d) => (err += d));
  c.on('close', () => {
    results[i] = out + '/' + err;
    if (--pending === 0) console.log(results.join(' '));
  });
}
