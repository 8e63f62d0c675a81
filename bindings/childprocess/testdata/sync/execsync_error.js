const { execSync } = require('child_process');
try {
  execSync('echo some-out; echo some-err >&2; exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log(e.message);
  console.log(e.status, e.signal, JSON.stringify(e.stdout.toString()), JSON.stringify(e.stderr.toString()));
  console.log(Object.keys(e).sort().join(','), typeof e.pid, e.output.length);
}
