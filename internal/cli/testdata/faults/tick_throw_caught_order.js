// A tick that throws to an 'uncaughtException' listener: the listener runs
// before the promise jobs, then the remaining ticks, then the jobs.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => {
  Promise.resolve().then(() => console.log('job A'));
  process.nextTick(() => {
    Promise.resolve().then(() => console.log('job B'));
    throw new Error('t1');
  });
  process.nextTick(() => console.log('tick 2'));
  setImmediate(() => console.log('immediate'));
}, 1);
Promise.resolve().then(() => {
  process.nextTick(() => { throw new Error('t0'); });
  process.nextTick(() => console.log('tick after t0'));
  Promise.resolve().then(() => console.log('job after t0'));
});
