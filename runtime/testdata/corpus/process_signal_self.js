process.on('SIGUSR2', (sig) => {
  console.log('got', sig);
  process.removeAllListeners('SIGUSR2');
});
setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 5);
setTimeout(() => console.log('after signal'), 100);
