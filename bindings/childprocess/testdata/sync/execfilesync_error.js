const { execFileSync } = require('child_process');
try {
  execFileSync('sh', ['-c', 'echo bad >&2; exit 2'], { stdio: 'pipe' });
} catch (e) {
  console.log(e.message);
  console.log(e.status, e.signal, JSON.stringify(String(e.stderr)));
}
try {
  execFileSync('missing-prog-xx', ['1', '2']);
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs), e.status);
}
