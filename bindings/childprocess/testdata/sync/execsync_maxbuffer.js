const { execSync } = require('child_process');
try {
  execSync('yes', { maxBuffer: 100 });
} catch (e) {
  console.log(e.code, e.message, e.stdout.length > 100, e.signal, e.status);
}
