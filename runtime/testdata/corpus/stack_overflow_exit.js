// Uncaught, a stack overflow ends the process with code 1 after the
// 'exit' listeners ran.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
function down(n) { return down(n + 1) + n; }
down(0);
console.log('not reached');
