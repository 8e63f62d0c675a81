const { execSync } = require('child_process');
const out = execSync('echo hello; echo world');
console.log(Buffer.isBuffer(out), JSON.stringify(out.toString()));
console.log(JSON.stringify(execSync('printf abc', { encoding: 'utf8' })));
console.log(execSync('cat', { input: 'piped in' }).toString());
