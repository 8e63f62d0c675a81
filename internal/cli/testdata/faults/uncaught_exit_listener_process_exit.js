// stderr: report
// process.exit() in an 'exit' listener after an uncaught exception ends the
// process there, with its code and no report.
process.on('exit', (code) => {
  console.error('exit listener', code);
  process.exit(3);
});
console.log('start');
throw new Error('boom');
