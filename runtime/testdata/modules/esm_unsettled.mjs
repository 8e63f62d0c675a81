console.log('waiting forever');
process.on('exit', c => console.log('exit', c));
await new Promise(() => {});
console.log('never');
