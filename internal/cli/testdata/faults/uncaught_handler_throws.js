// stderr: report
// An 'uncaughtException' listener that throws ends the process with code 7
// and that error's report; no 'exit' listener runs.
process.on('exit', (code) => console.error('exit listener', code));
process.on('uncaughtException', (e) => {
  console.error('handler', e.message);
  throw new Error('from the handler');
});
throw new Error('boom');
