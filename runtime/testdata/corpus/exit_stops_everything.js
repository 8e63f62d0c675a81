setTimeout(() => console.log('never'), 1);
process.nextTick(() => console.log('never tick'));
Promise.resolve().then(() => console.log('never promise'));
process.on('exit', () => console.log('exit handler'));
console.log('before exit');
process.exit();
console.log('after exit');
