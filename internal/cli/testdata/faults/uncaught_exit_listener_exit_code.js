// stderr: report
// process.exitCode set by an 'exit' listener after an uncaught exception
// is the exit code; the report is still printed.
process.on('exit', (code) => {
  console.error('exit listener', code);
  process.exitCode = 5;
});
throw new Error('boom');
