// stderr: report
// A tick that throws with no 'uncaughtException' listener ends the process
// before the rejections queued before it are processed.
process.on('exit', (c) => console.log('exit', c));
process.on('unhandledRejection', (e) => console.log('unhandled', e.message));
Promise.reject(new Error('r1'));
process.nextTick(() => { throw new Error('from a tick'); });
Promise.reject(new Error('r2'));
