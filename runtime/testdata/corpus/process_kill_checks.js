// process.kill: node's checks of pid and signal, and errno errors.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.syscall, e.errno); } }
t(() => process.kill(process.pid, 0));
t(() => process.kill(process.pid, 'SIGFOO'));
t(() => process.kill(process.pid, 1.5));
t(() => process.kill(process.pid, 99));
t(() => process.kill(process.pid, -1));
t(() => process.kill('abc'));
t(() => process.kill(1.5));
t(() => process.kill(2 ** 32, 0));
t(() => process.kill(NaN, 0));
t(() => process.kill({}, 0));
t(() => process.kill('0', 0));
t(() => process.kill(2147483646, 0));
t(() => process.kill(-2147483646, 'SIGCONT'));
let got = 0;
process.on('SIGUSR2', (s) => { got++; console.log('got', s); });
t(() => process.kill(process.pid, 'SIGUSR2'));
setTimeout(() => console.log('count', got), 50);
