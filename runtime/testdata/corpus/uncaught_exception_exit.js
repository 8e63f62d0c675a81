process.on('exit', (c) => console.log('exit code', c, process.exitCode));
console.log('start');
setTimeout(() => { console.log('timer'); null.x; }, 1);
