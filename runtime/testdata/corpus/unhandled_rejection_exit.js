process.on('exit', (code) => console.log('exit', code));
console.log('before');
Promise.reject(new Error('boom'));
setTimeout(() => console.log('never'), 10);
