// A capture callback set before any listener: the script goes on.
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
setTimeout(() => console.log('still running'), 5);
throw new Error('boom');
