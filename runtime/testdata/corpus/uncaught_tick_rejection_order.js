// A tick that throws (handled by 'uncaughtException'): the ticks and
// promise jobs after it, then the rejections, run before the next
// immediate, as node's processTicksAndRejections resumes then.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
process.on('unhandledRejection', (e) => console.log('unhandled', e.message));
Promise.reject(new Error('r1'));
process.nextTick(() => { throw new Error('n1'); });
process.nextTick(() => console.log('tick after the throw'));
Promise.resolve().then(() => console.log('microtask'));
Promise.reject(new Error('r2'));
setImmediate(() => {
  console.log('immediate');
  Promise.reject(new Error('r3'));
  process.nextTick(() => { throw new Error('n2'); });
  process.nextTick(() => console.log('tick after the second throw'));
  setImmediate(() => console.log('next immediate'));
});
setTimeout(() => console.log('timer'), 300);
