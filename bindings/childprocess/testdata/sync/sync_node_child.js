const { execFileSync } = require('child_process');
console.log(execFileSync('node', ['-e', 'process.stdout.write(String(6 * 7))'], { encoding: 'utf8' }));
