// A throw in the main script: its promise jobs and ticks never run.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('microtask (never runs)'));
process.nextTick(() => console.log('tick (never runs)'));
throw new Error('in the main script');
