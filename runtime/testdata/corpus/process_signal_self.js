const keepAlive = setTimeout(() => console.log('signal never arrived'), 10000);
process.on('SIGUSR2', (sig) => {
  console.log('got', sig);
  process.removeAllListeners('SIGUSR2');
  clearTimeout(keepAlive);
  setTimeout(() => console.log('after signal'), 1);
});
setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 5);
