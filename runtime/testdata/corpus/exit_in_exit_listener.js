process.on('exit', (c) => { console.log('first', c); process.exitCode = 2; });
process.on('exit', (c) => { console.log('second', c, process.exitCode); });
process.exit(1);
