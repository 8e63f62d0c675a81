// A signal listener replaces the default action; once removed, the
// default (ending the process by the signal) is back.
const onSignal = () => console.log('got SIGUSR2');
process.on('SIGUSR2', onSignal);
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => {
  process.removeListener('SIGUSR2', onSignal);
  console.log('removed');
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => console.log('not reached'), 500);
}, 100);
