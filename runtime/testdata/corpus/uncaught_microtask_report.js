// stderr: report
// An error thrown by a queueMicrotask callback with no 'uncaughtException'
// listener: node's report points at where the error was made, and the
// rejections and timers pending never run.
Promise.reject(new Error('r1'));
Promise.reject(new Error('r2'));
queueMicrotask(() => { throw new Error('from a microtask'); });
setTimeout(() => console.log('never'), 0);
process.on('exit', (c) => console.log('exit', c));
