process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject('second');
const late = Promise.reject(new Error('handled later'));
setTimeout(() => late.catch(() => console.log('caught late')), 1);
setTimeout(() => console.log('still running'), 5);
