const { execFileSync } = require('child_process');
console.log(execFileSync('echo', ['a', 'b']).toString());
console.log(execFileSync('echo', ['c'], { encoding: 'utf8' }));
console.log(execFileSync('pwd', { cwd: '/', encoding: 'utf8' }));
console.log(execFileSync('cat', [], { input: 'in' }).toString());
