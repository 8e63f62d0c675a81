// stderr: report
// An unhandled rejection runs the 'exit' listeners before its report too.
process.on('exit', (code) => console.error('exit listener', code));
Promise.reject(new Error('rejected'));
