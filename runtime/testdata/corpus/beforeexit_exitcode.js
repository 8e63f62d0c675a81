process.exitCode = 3;
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) Promise.resolve().then(() => setTimeout(() => console.log('timer', n), 1));
});
process.on('exit', (code) => console.log('exit', code));
