// With an 'uncaughtException' listener, the listener sees the error before
// the promise jobs the throwing task queued; then its ticks and jobs run.
process.on('uncaughtException', (e) => {
  console.log('handler', e.message);
  Promise.resolve().then(() => console.log('microtask queued by the handler'));
});
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask'));
  process.nextTick(() => console.log('tick'));
  throw new Error('in a timer');
});
setTimeout(() => console.log('later timer'), 5);
Promise.resolve().then(() => console.log('microtask of the main script'));
throw new Error('in the main script');
