// stderr: report
// What an 'exit' listener throws while an uncaught exception ends the
// process is dropped: the first error's report is printed, exit code 1.
process.on('exit', (code) => {
  console.error('exit listener', code);
  throw new Error('from the exit listener');
});
throw new Error('boom');
