process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.code, err.name);
});
Promise.reject(42);
setTimeout(() => console.log('continues'), 5);
