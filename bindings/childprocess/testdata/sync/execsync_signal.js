const { execSync } = require('child_process');
try {
  execSync('kill -KILL $$');
} catch (e) {
  console.log(e.message, e.status, e.signal);
}
