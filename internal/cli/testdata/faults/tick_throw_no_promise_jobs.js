// stderr: report
// A throw in a process.nextTick callback ends the process before any
// promise job runs, those queued before the tick and by it alike.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('job before'));
process.nextTick(() => {
  Promise.resolve().then(() => console.log('job from tick'));
  throw new Error('tick boom');
});
setTimeout(() => console.log('timer'), 0);
