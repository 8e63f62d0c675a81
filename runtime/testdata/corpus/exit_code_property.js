process.exitCode = 5;
process.on('exit', (c) => console.log('exit with', c));
setTimeout(() => { console.log('changing'); process.exitCode = 6; }, 1);
