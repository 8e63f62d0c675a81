// stderr: report frames
// An uncaught exception runs the 'exit' listeners (exit code 1) before the
// report is printed, as node's handler does.
process.on('uncaughtExceptionMonitor', (e, origin) => console.error('monitor', e.message, origin));
process.on('exit', (code) => console.error('exit listener', code, process.exitCode));
console.log('start');
throw new Error('boom');
