const { execSync } = require('child_process');
// execSync passes the child's stderr to ours by default; stdout is returned.
const out = execSync('echo to-out; echo to-err >&2', { encoding: 'utf8' });
console.log('returned', JSON.stringify(out));
