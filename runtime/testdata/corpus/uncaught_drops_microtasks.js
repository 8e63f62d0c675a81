// An uncaught exception thrown by a macrotask ends the process before the
// promise jobs and ticks that task queued run: node reports it first.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('microtask queued by the main script'));
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask (never runs)'));
  process.nextTick(() => console.log('tick (never runs)'));
  throw new Error('in a timer');
});
setTimeout(() => console.log('later timer (never runs)'), 5);
